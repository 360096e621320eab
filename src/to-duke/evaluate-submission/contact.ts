import { localeTexts, type Locale } from '../../core/locale';
import type { CalendarDate, EditionId } from '../../core/types';
import type { DestinationContact } from '../../directory/destinations/document-management';
import type { WeeklySchedule } from '../../hours/types';
import { TO_DUKE_WORDS_EN, type ToDukeText } from '../words.en';
import { TO_DUKE_MESSAGES_EN } from '../messages.en';
import type { ToDukeRuleId } from '../rule-id';
import { selectEdition } from '../../core/select-edition';
import { DOCUMENT_MANAGEMENT_BY_EDITION } from '../../directory/document-management';
import { EDITION_DATES } from '../../directory/editions/dates';
import { formatWeeklyHours } from './hours-text';
import { stepTexts, type StepTexts } from './texts';

/**
 * Everything the messages and steps of an evaluation need about Document
 * Management, in one locale: display forms of its numbers, its mailing
 * address on one line, its hours as text, the checklist texts rendered for
 * them, a cache of finding messages that depend on nothing else, and the
 * e-mail address supplied by the integrator (`null`: unknown).
 *
 * @internal
 * @example
 * ```ts
 * contactFor(null, ENGLISH, null).phone; // '(919) 684-6178'
 * ```
 */
export interface Contact {
  readonly edition: EditionId;
  readonly locale: Locale;
  readonly words: ToDukeText;
  /** The rule message templates of the locale. */
  readonly templates: Readonly<Record<ToDukeRuleId, string>>;
  readonly phone: string;
  readonly fax: string;
  readonly address: string;
  readonly hours: string;
  readonly texts: StepTexts;
  /**
   * Rendered messages of findings that carry no item detail, by rule id and
   * by their channel, or carrier and detected carrier (the only details such
   * a finding has).
   */
  readonly messages: Map<ToDukeRuleId, Map<string | undefined, string>>;
  readonly email: string | null;
}

type Fixed = Omit<Contact, 'email' | 'edition'>;

/** Texts derived from frozen directory data, computed once per destination and locale (a pure memo). */
const MEMO = /* @__PURE__ */ (() =>
  new WeakMap<DestinationContact, WeakMap<Locale, Fixed>>())();

function fixedFor(destination: DestinationContact, locale: Locale): Fixed {
  let perLocale = MEMO.get(destination);
  if (perLocale === undefined) {
    perLocale = new WeakMap();
    MEMO.set(destination, perLocale);
  }
  let fixed = perLocale.get(locale);
  if (fixed === undefined) {
    const words = localeTexts(locale, 'toDuke', TO_DUKE_WORDS_EN);
    const templates = localeTexts(locale, 'rules', TO_DUKE_MESSAGES_EN);
    const parts = {
      phone: (destination.phone as { display: string }).display,
      fax: (destination.fax as { display: string }).display,
      address: (destination.mailingAddress as { lines: readonly string[] }).lines.join(', '),
      hours: formatWeeklyHours(destination.hours as WeeklySchedule, locale),
    };
    fixed = { locale, words, templates, ...parts, texts: stepTexts(words, parts), messages: new Map() };
    perLocale.set(locale, fixed);
  }
  return fixed;
}

/** Contacts without an integrator e-mail address, per edition and locale (a pure memo). */
const PLAIN = /* @__PURE__ */ (() =>
  new WeakMap<Fixed, Partial<Record<EditionId, Contact>>>())();

/**
 * The Document Management contact of the directory edition in force on
 * `asOf` (the newest without it), in `locale`. `asOf` is an already parsed
 * calendar date, so the edition is found by comparing dates.
 *
 * @param asOf - the parsed as-of date, or `null`
 * @param locale - the locale
 * @param email - the e-mail address the integrator supplied, or `null`
 * @returns the contact
 * @internal
 * @example
 * ```ts
 * contactFor('2025-01-01', es, 'records@example.org').edition; // 'seed'
 * ```
 */
export function contactFor(asOf: CalendarDate | null, locale: Locale, email: string | null): Contact {
  const edition = selectEdition(EDITION_DATES, asOf);
  const destination = DOCUMENT_MANAGEMENT_BY_EDITION[edition.id];
  const fixed = fixedFor(destination, locale);
  if (email !== null) return { ...fixed, edition: edition.id, email };
  let perEdition = PLAIN.get(fixed);
  if (perEdition === undefined) {
    perEdition = {};
    PLAIN.set(fixed, perEdition);
  }
  let contact = perEdition[edition.id];
  if (contact === undefined) {
    contact = { ...fixed, edition: edition.id, email: null };
    perEdition[edition.id] = contact;
  }
  return contact;
}
