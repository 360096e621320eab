import type { Locale } from '../core/types';
import type { RuleId } from '../rules/catalog';
import { LANGUAGE_MESSAGES } from './language';
// --- to-duke ---
// --- end to-duke ---
// --- lake-norman ---
// --- end lake-norman ---
// --- hipaa ---
// --- end hipaa ---
// --- hours ---
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
export const MESSAGES: Readonly<Record<Locale, Readonly<Record<RuleId, string>>>> = {
  en: {
    ...LANGUAGE_MESSAGES.en,
    // --- to-duke en ---
    // --- end to-duke en ---
    // --- lake-norman en ---
    // --- end lake-norman en ---
    // --- hipaa en ---
    // --- end hipaa en ---
    // --- hours en ---
    // --- end hours en ---
  },
  es: {
    ...LANGUAGE_MESSAGES.es,
    // --- to-duke es ---
    // --- end to-duke es ---
    // --- lake-norman es ---
    // --- end lake-norman es ---
    // --- hipaa es ---
    // --- end hipaa es ---
    // --- hours es ---
    // --- end hours es ---
  },
};
