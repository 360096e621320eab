/**
 * English text of the interpreter rule, keyed by rule id.
 *
 * @internal
 * @example
 * ```ts
 * LANGUAGE_MESSAGES_EN['language.interpreter'].startsWith('Free interpreter'); // true
 * ```
 */
export const LANGUAGE_MESSAGES_EN: Readonly<Record<'language.interpreter', string>> = {
  'language.interpreter':
    'Free interpreter services are available to patients who prefer a language other than English: in person, by phone or by video, 24 hours a day.',
};
