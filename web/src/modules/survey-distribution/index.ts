export { SurveyDistributionCard } from './components/SurveyDistributionCard';
export { SendSurveyModal } from './components/SendSurveyModal';
export { DistributionSettingsModal } from './components/DistributionSettingsModal';
export { DistributionSettingsButton } from './components/DistributionSettingsButton';
