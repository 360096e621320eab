import type { LANGUAGE_RULES } from './interpreter';

type Id = (typeof LANGUAGE_RULES)[number]['id'];

/** English and Spanish texts of the language rules, keyed by rule id. */
export const LANGUAGE_MESSAGES: { readonly en: Readonly<Record<Id, string>>; readonly es: Readonly<Record<Id, string>> } = {
  en: {
    'language.interpreter':
      'Free interpreter services are available to patients who prefer a language other than English: in person, by phone or by video, 24 hours a day.',
  },
  es: {
    'language.interpreter':
      'Hay servicios de intérprete gratuitos para los pacientes que prefieren un idioma distinto del inglés: en persona, por teléfono o por video, las 24 horas del día.',
  },
};
