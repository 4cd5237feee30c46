import { createRoute } from '@tanstack/react-router';
import { SurveyBuilderPage, SurveyResultsPage, SurveysPage } from '../modules/surveys';
import { appRoute } from './app';

/** Khảo sát: the list, the builder and the results of one survey. */
export const surveysRoute = createRoute({ getParentRoute: () => appRoute, path: '/surveys', component: SurveysPage });

export const surveyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys/$surveyId',
  component: function SurveyRoute() {
    const { surveyId } = surveyRoute.useParams();
    return <SurveyBuilderPage surveyId={surveyId} />;
  },
});

export const surveyResultsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys/$surveyId/results',
  component: function SurveyResultsRoute() {
    const { surveyId } = surveyResultsRoute.useParams();
    return <SurveyResultsPage surveyId={surveyId} />;
  },
});
