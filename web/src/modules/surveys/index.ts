export { SurveysPage } from './components/SurveysPage';
export { SurveyBuilderPage } from './components/SurveyBuilderPage';
export { SurveyResultsPage } from './components/SurveyResultsPage';
export { usePersonSurveyEntries } from './hooks/usePersonSurveyEntries';
