/**
 * ts-tracking-number's verdicts, mapped onto the three carriers this library
 * checks (the oracle of the differential tests). An S10 number counts as USPS
 * when its country code is US; every other courier (Amazon, DHL, OnTrac, a
 * foreign post) maps to `null`.
 */
import { fedex, getTracking, s10, ups, usps } from 'ts-tracking-number';
import type { TrackingCarrier } from '../types';

const OURS = new Set(['fedex', 'ups', 'usps']);

/** The carrier ts-tracking-number detects among all its couriers, mapped. */
export function oracleCarrier(number: string): TrackingCarrier | null {
  const found = getTracking(number);
  if (found === undefined) return null;
  if (found.courier.code === 's10') return found.trackingNumber.endsWith('US') ? 'usps' : null;
  return OURS.has(found.courier.code) ? (found.courier.code as TrackingCarrier) : null;
}

/** Whether ts-tracking-number finds `number` valid for `carrier` (given that carrier's couriers only). */
export function oracleValidFor(carrier: TrackingCarrier, number: string): boolean {
  if (carrier === 'fedex') return getTracking(number, [fedex]) !== undefined;
  if (carrier === 'ups') return getTracking(number, [ups]) !== undefined;
  if (getTracking(number, [usps]) !== undefined) return true;
  const international = getTracking(number, [s10]);
  return international !== undefined && international.trackingNumber.endsWith('US');
}
