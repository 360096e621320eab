/**
 * Spanish text of the interpreter rule, keyed by rule id (gathered into the
 * `rules` section of the Spanish locale).
 *
 * @internal
 * @example
 * ```ts
 * LANGUAGE_MESSAGES_ES['language.interpreter'].startsWith('Hay servicios'); // true
 * ```
 */
export const LANGUAGE_MESSAGES_ES: Readonly<Record<'language.interpreter', string>> = {
  'language.interpreter':
    'Hay servicios de intérprete gratuitos para los pacientes que prefieren un idioma distinto del inglés: en persona, por teléfono o por video, las 24 horas del día.',
};
