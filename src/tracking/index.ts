/**
 * Courier tracking numbers of UPS, FedEx and USPS (the forms of
 * tracking_number_data 2.0.0, plus FedEx SmartPost): the carrier a number
 * belongs to and whether its check digit holds, without any network call.
 *
 * @module tracking
 * @categoryDescription Functions
 * Checking a number and detecting its carrier.
 * @categoryDescription Types
 * Carriers and results.
 */
export { checkTrackingNumber } from './check-tracking-number';
export { detectCarrier } from './detect-carrier';
export type { TrackingCarrier, TrackingCheck, TrackingCheckReason } from './types';
