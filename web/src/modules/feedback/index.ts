export { FeedbackPage, parseFeedbackSearch, type FeedbackSearch } from './components/FeedbackPage';
export { usePersonFeedbackEntries } from './hooks/usePersonFeedbackEntries';
