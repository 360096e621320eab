import type { Locale } from '../core/types';
import type { RuleId } from './catalog';
import { LANGUAGE_MESSAGES } from '../directory/interpreter/messages';
// --- to-duke ---
import { TO_DUKE_MESSAGES } from '../to-duke/messages';
// --- end to-duke ---
// --- lake-norman ---
import { LAKE_NORMAN_MESSAGES } from '../lake-norman/messages';
import { SIGNER_MESSAGES } from '../lake-norman/signer/messages';
// --- end lake-norman ---
// --- hipaa ---
import { HIPAA_MESSAGES } from '../hipaa/messages';
// --- end hipaa ---
// --- hours ---
import { HOURS_MESSAGES } from '../hours/messages';
// --- end hours ---

/**
 * The message templates of every rule, in English and Spanish. A template
 * may hold `{placeholders}`; both languages use the same ones. Placeholders
 * never carry patient data.
 *
 * @example
 * ```ts
 * import { MESSAGES } from 'duke-records-rules';
 * MESSAGES.es['language.interpreter'];
 * ```
 */
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<RuleId, string>>>> = /* @__PURE__ */ (() => ({
  en: {
    ...LANGUAGE_MESSAGES.en,
    // --- to-duke en ---
    ...TO_DUKE_MESSAGES.en,
    // --- end to-duke en ---
    // --- lake-norman en ---
    ...LAKE_NORMAN_MESSAGES.en,
    ...SIGNER_MESSAGES.en,
    // --- end lake-norman en ---
    // --- hipaa en ---
    ...HIPAA_MESSAGES.en,
    // --- end hipaa en ---
    // --- hours en ---
    ...HOURS_MESSAGES.en,
    // --- end hours en ---
  },
  es: {
    ...LANGUAGE_MESSAGES.es,
    // --- to-duke es ---
    ...TO_DUKE_MESSAGES.es,
    // --- end to-duke es ---
    // --- lake-norman es ---
    ...LAKE_NORMAN_MESSAGES.es,
    ...SIGNER_MESSAGES.es,
    // --- end lake-norman es ---
    // --- hipaa es ---
    ...HIPAA_MESSAGES.es,
    // --- end hipaa es ---
    // --- hours es ---
    ...HOURS_MESSAGES.es,
    // --- end hours es ---
  },
}))();
