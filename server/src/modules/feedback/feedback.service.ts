/**
 * The feedback inbox: feedback logged from any channel, survey answers turned into feedback, the
 * reply to the customer, the closed-loop metrics and product feedback by phase.
 */
export { onSurveyResponse, type SurveyResponseInput } from './closed-loop';
