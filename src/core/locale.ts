/**
 * A language the library writes its messages, steps and issues in, as a
 * value (like date-fns locales): a code and, by section, the texts that
 * differ from English. English is built into every function and is the
 * default; another language is imported where it is wanted
 * (`import { es } from 'duke-records-rules/locales/es'`) and passed as
 * `{ locale: es }`, so an app that never imports it ships none of it.
 *
 * A section the locale lacks, and any text in it that is missing or not of
 * the English text's shape, reads as English: a partial locale works.
 *
 * @category Shared
 * @example
 * ```ts
 * import type { Locale } from 'duke-records-rules';
 * // a locale that only rewords one rule; everything else stays English
 * const plain: Locale = { code: 'en-x-plain', texts: { rules: { 'carrier.trackable': 'Mail it with tracking.' } } };
 * ```
 */
export interface Locale {
  /** BCP 47 language tag, such as `es`. */
  readonly code: string;
  /** Texts by section: `rules` (templates by rule id), `issues` (by issue code), `toDuke`, `lakeNorman` (words and step templates). */
  readonly texts: { readonly [section: string]: unknown };
}

/**
 * The built-in English locale: no texts of its own, so every section reads
 * as the English each function carries.
 *
 * @internal
 * @example
 * ```ts
 * ENGLISH.code; // 'en'
 * ```
 */
export const ENGLISH: Locale = /* @__PURE__ */ Object.freeze({ code: 'en', texts: /* @__PURE__ */ Object.freeze({}) });

/**
 * Tells a locale value from anything else an untyped caller may pass: an
 * object with a non-empty string `code` and an object `texts`. Never throws
 * (a throwing getter makes it `false`).
 *
 * @param value - anything
 * @returns whether it can be used as a locale
 * @internal
 * @example
 * ```ts
 * isLocale('es'); // false: locales are values now
 * isLocale({ code: 'es', texts: {} }); // true
 * ```
 */
export function isLocale(value: unknown): value is Locale {
  // a cheap test first: most callers pass no locale, and a throw is slow
  if (value === null || typeof value !== 'object') return false;
  try {
    const { code, texts } = value as Locale;
    return typeof code === 'string' && code.length > 0 && texts !== null && typeof texts === 'object';
  } catch {
    return false;
  }
}

/** Resolved sections: by the locale's section object, then by the English table (a pure memo over frozen or caller-owned values). */
const RESOLVED = /* @__PURE__ */ (() => new WeakMap<object, WeakMap<object, unknown>>())();

/**
 * The section `section` of `locale` laid over the English table `english`
 * by `lay`, resolved once per locale section and English table. Never
 * throws: a section that cannot be read gives English.
 */
function resolve<T extends object>(locale: Locale, section: string, english: T, lay: (english: T, given: object) => T): T {
  try {
    const given: unknown = Object.hasOwn(locale.texts, section) ? locale.texts[section] : undefined;
    if (given === null || typeof given !== 'object') return english;
    let byEnglish = RESOLVED.get(given);
    if (byEnglish === undefined) {
      byEnglish = new WeakMap();
      RESOLVED.set(given, byEnglish);
    }
    let texts = byEnglish.get(english) as T | undefined;
    if (texts === undefined) {
      texts = lay(english, given);
      byEnglish.set(english, texts);
    }
    return texts;
  } catch {
    return english;
  }
}

/**
 * A nested table: a string is taken when `given` has a string there, an
 * array of strings when `given` has one of the same length, a nested table
 * by the same rule; anything else stays English.
 */
function layNested<T>(english: T, given: unknown): T {
  if (typeof english === 'string') return (typeof given === 'string' ? given : english) as T;
  if (given === null || typeof given !== 'object') return english;
  if (Array.isArray(english)) {
    return (Array.isArray(given) && given.length === english.length && given.every((g) => typeof g === 'string') ? Object.freeze([...given]) : english) as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(english as object)) {
    out[key] = layNested((english as Record<string, unknown>)[key], Object.hasOwn(given, key) ? (given as Record<string, unknown>)[key] : undefined);
  }
  return Object.freeze(out) as T;
}

/**
 * The texts of one section in `locale`: the English table `english` with
 * every entry the locale gives in the same shape laid over it (a string for
 * a string, an array of strings of the same length for an array, a nested
 * table by the same rule), so a flat section (`rules`) and a nested one
 * (`toDuke`: words, lists and step templates) read alike. Resolved once per
 * locale section and English table; never throws.
 *
 * @param locale - the locale (already checked with {@link isLocale})
 * @param section - the section name, such as `rules` or `toDuke`
 * @param english - the built-in English texts of the section
 * @returns the texts, English where the locale gives none
 * @internal
 * @example
 * ```ts
 * localeTexts(ENGLISH, 'issues', { invalid_type: 'This value has the wrong type.' }).invalid_type;
 * // 'This value has the wrong type.'
 * localeTexts({ code: 'x', texts: { toDuke: { days: ['L'] } } }, 'toDuke', { and: 'and', days: ['Monday'] }).days; // ['Monday']
 * ```
 */
export function localeTexts<T extends object>(locale: Locale, section: string, english: T): T {
  return resolve(locale, section, english, layNested);
}

/**
 * Memoizes a computation per locale value: `make` runs once for each
 * locale (held weakly), so texts built from directory data are rendered
 * once per language, like the tables they replace.
 *
 * @param make - builds the value for one locale
 * @returns the memoized function
 * @internal
 * @example
 * ```ts
 * const greeting = perLocale((locale) => `${locale.code}!`);
 * greeting(ENGLISH); // 'en!' (computed once)
 * ```
 */
export function perLocale<T>(make: (locale: Locale) => T): (locale: Locale) => T {
  const memo = new WeakMap<Locale, T>();
  // The locale of the last call and its value: most programs use one
  // locale, and this spares them the WeakMap lookup on every call.
  let last: Locale | undefined;
  let lastValue: T | undefined;
  return (locale) => {
    if (locale === last) return lastValue as T;
    let value = memo.get(locale);
    if (value === undefined) {
      value = make(locale);
      memo.set(locale, value);
    }
    last = locale;
    lastValue = value;
    return value;
  };
}

/**
 * One text of a flat section in `locale`: the locale's string for `key`,
 * else `english`. For texts read on rare paths (issue messages), where a
 * resolved table is not worth keeping. Never throws.
 *
 * @param locale - the locale (already checked with {@link isLocale})
 * @param section - the section name, such as `issues`
 * @param key - the key in the section
 * @param english - the English text
 * @returns the text
 * @internal
 * @example
 * ```ts
 * localeText({ code: 'x', texts: { issues: { too_big: 'Big!' } } }, 'issues', 'too_big', 'Too big.'); // 'Big!'
 * ```
 */
export function localeText(locale: Locale, section: string, key: string, english: string): string {
  try {
    const texts = Object.hasOwn(locale.texts, section) ? locale.texts[section] : undefined;
    const value = texts !== null && typeof texts === 'object' && Object.hasOwn(texts, key) ? (texts as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? value : english;
  } catch {
    return english;
  }
}
