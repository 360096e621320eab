import type { TrackingCheckReason } from './types';

/** Longest input read at all, spaces and dashes included. */
const MAX_INPUT = 128;
/** Longest supported form (FedEx and USPS 34-digit numbers). */
const MAX_NUMBER = 34;

/**
 * A tracking number as read: normalised (spaces and dashes removed, letters
 * upper-cased) with whether it is all digits, or why it cannot be one.
 *
 * @internal
 * @example
 * ```ts
 * const r: ReadTrackingNumber = { ok: true, number: '1Z5R89390357567127', digits: false };
 * ```
 */
export type ReadTrackingNumber =
  | { readonly ok: true; readonly number: string; readonly digits: boolean }
  | { readonly ok: false; readonly reason: Extract<TrackingCheckReason, 'not-a-string' | 'empty' | 'too-long' | 'unknown-format'> };

/**
 * Reads a tracking number as typed: bounds its length before any other work,
 * removes white space and dashes (ASCII and Unicode), keeps only ASCII
 * letters and digits, and upper-cases the letters.
 *
 * @param input - anything
 * @returns the normalised number, or the reason it cannot be one
 * @internal
 *
 * @example
 * ```ts
 * readTrackingNumber('1z 5r8 939-0357567127');
 * // { ok: true, number: '1Z5R89390357567127', digits: false }
 * ```
 */
export function readTrackingNumber(input: unknown): ReadTrackingNumber {
  if (typeof input !== 'string') return { ok: false, reason: 'not-a-string' };
  if (input.length > MAX_INPUT) return { ok: false, reason: 'too-long' };
  const stripped = input.replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  if (stripped === '') return { ok: false, reason: 'empty' };
  if (stripped.length > MAX_NUMBER) return { ok: false, reason: 'too-long' };
  if (!/^[\dA-Za-z]+$/.test(stripped)) return { ok: false, reason: 'unknown-format' };
  return { ok: true, number: stripped.toUpperCase(), digits: /^\d+$/.test(stripped) };
}
