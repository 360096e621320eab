export { checkTrackingNumber } from './check-tracking-number';
export { detectCarrier } from './detect-carrier';
export type { TrackingCarrier, TrackingCheck, TrackingCheckReason } from './types';
