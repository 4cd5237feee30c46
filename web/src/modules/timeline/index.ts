export { Timeline } from './components/Timeline';
export { TIMELINE_KINDS } from './timelineTypes';
export type { TimelineEntry, TimelineKind } from './timelineTypes';
