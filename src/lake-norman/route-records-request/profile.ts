import { deepFreeze } from '../../core/deep-freeze';
import type { Finding } from '../../core/finding';
import { localeTexts, perLocale, type Locale } from '../../core/locale';
import type { CalendarDate, InputPath } from '../../core/types';
import { DIRECTORY_EDITIONS } from '../../directory/editions';
import type { Destination, DirectoryEdition, PhoneNumber, PostalAddress, RequestForm } from '../../directory/types';
import { LAKE_NORMAN_MESSAGES_EN } from '../messages.en';
import { LAKE_NORMAN_STEP_TEXT_EN, type LakeNormanStepWords } from './step-messages.en';
import { fill } from '../../core/fill';
import { LANGUAGE_MESSAGES_EN } from '../../directory/interpreter/messages.en';
import type { RouteChannel, SendChannel } from './types';
import type { FormLanguage, Purpose } from '../schemas/records-request';
import type { LakeNormanFindingId } from '../rule-id';
import { requestLines } from '../fax-line/fax-line';
import type { LakeNormanRuleId } from '../rules';
import { formsDestination, lakeNormanEntry } from '../destinations';
import { availabilityOf, type PortalAvailability } from '../portals/portals';

/**
 * Everything about routing in one edition that does not depend on the
 * request beyond its purpose, its form language and the as-of date,
 * computed once from the frozen directory when the module loads (derived
 * constant data, not a cache: nothing is ever written after load).
 *
 * @internal
 * @example
 * ```ts
 * const route = EDITION_ROUTES.get(DIRECTORY_EDITIONS[0]);
 * route?.byPurpose.other.send.map((c) => c.channel); // ['mail']
 * ```
 */
export interface EditionRoute {
  readonly edition: DirectoryEdition;
  readonly hospital: Destination;
  /** Where completed forms go. */
  readonly destination: Destination;
  readonly online: Extract<RouteChannel, { readonly channel: 'online-request' }> | null;
  /**
   * Each portal's status (and its finding) on a date; `legacy` for a
   * time-limited portal of records of care before a transition.
   */
  readonly portals: readonly { readonly legacy: boolean; readonly at: (asOf: CalendarDate | null) => PortalView }[];
  readonly byPurpose: Readonly<Record<Purpose, PurposeRoute>>;
  readonly form: Readonly<Record<FormLanguage, RequestForm>>;
  /** The `ln.forms` finding for each locale and form language. */
  readonly formFinding: (locale: Locale) => Readonly<Record<FormLanguage, Finding<LakeNormanFindingId>>>;
}

/**
 * A portal's status on a date, and the finding that says so in each locale.
 *
 * @internal
 * @example
 * ```ts
 * const [, legacy] = EDITION_ROUTES.get(DIRECTORY_EDITIONS[1])?.portals ?? [];
 * legacy?.at('2027-05-01').finding.en.ruleId; // 'ln.legacy-portals-gone'
 * ```
 */
export interface PortalView {
  readonly portal: PortalAvailability;
  readonly finding: (locale: Locale) => Finding<LakeNormanFindingId>;
}

/**
 * The channels a form of this purpose can be sent through, and why a fax is
 * refused when none accepts it.
 *
 * @internal
 * @example
 * ```ts
 * EDITION_ROUTES.get(DIRECTORY_EDITIONS[0])?.byPurpose.other.faxRefusal;
 * // ['ln.fax-patient-care-only', 'ln.mail-all-others']
 * ```
 */
export interface PurposeRoute {
  readonly send: readonly SendChannel[];
  readonly faxRefusal: readonly LakeNormanRuleId[];
}

type NotedId = LakeNormanRuleId | 'language.interpreter';
/** The rules whose catalog severity is `warning` (a test holds this list to the catalog); every other noted rule is said as `info`. */
const WARNINGS: readonly NotedId[] = ['ln.legacy-portals-may-be-gone', 'ln.legacy-portals-gone'];
/**
 * The Lake Norman rules whose catalog severity is `error`: a request breaks
 * them (a refusal, severity `error`); they are never said as notes. Where
 * such a rule is kept (a fax line that takes the request), it is cited in
 * the channel's and step's `ruleIds`, not reported as a finding. A test holds
 * this list and `WARNINGS` to the catalog.
 */
export const ERROR_RULES: readonly NotedId[] = [
  'ln.phone-questions',
  'ln.email-not-published',
  'ln.fax-patient-care-only',
  'ln.mail-all-others',
  'ln.fax-not-published',
  'ln.dm-fax-not-for-requests',
];
const LN_IDS = /* @__PURE__ */ (() =>
  Object.keys(LAKE_NORMAN_MESSAGES_EN) as LakeNormanRuleId[])();

/** The English texts this module uses (only its own areas': importing the route does not pull every message of the library). */
const TEXT_EN: Readonly<Record<NotedId, string>> = /* @__PURE__ */ (() => ({ ...LAKE_NORMAN_MESSAGES_EN, ...LANGUAGE_MESSAGES_EN }))();

/** The rule texts of a locale. */
const textOf = (locale: Locale): Readonly<Record<NotedId, string>> => localeTexts(locale, 'rules', TEXT_EN);

/**
 * The step words of a locale.
 *
 * @param locale - the locale
 * @returns its words, English where it gives none
 * @internal
 * @example
 * ```ts
 * stepWordsOf(ENGLISH).or; // 'or'
 * ```
 */
export const stepWordsOf = (locale: Locale): LakeNormanStepWords => localeTexts(locale, 'lakeNorman', LAKE_NORMAN_STEP_TEXT_EN);

/** A rule text with its `{placeholders}` filled (directory values only; used once per text and locale). */
function fillRule(ruleId: LakeNormanRuleId, locale: Locale, params: Readonly<Record<string, string | number>>): string {
  return fill(textOf(locale)[ruleId], params);
}

function noteFor(ruleId: NotedId, locale: Locale, message: string = textOf(locale)[ruleId], path?: InputPath): Finding<NotedId> {
  const severity = WARNINGS.includes(ruleId) ? 'warning' : 'info';
  return path === undefined ? { ruleId, severity, message } : { ruleId, severity, message, path };
}


/**
 * A rule that applies, said in each locale at its catalog severity (`info`,
 * or `warning` for the legacy portals); the rules whose breach is an
 * `error` ({@link ERROR_RULES}) have no note. Deeply frozen, shared by every
 * result.
 *
 * @internal
 * @example
 * ```ts
 * NOTES(ENGLISH)['ln.mail']?.severity; // 'info'
 * NOTES(ENGLISH)['ln.fax-patient-care-only']; // undefined: an error rule is cited, not noted
 * ```
 */
export const NOTES: (locale: Locale) => Readonly<Partial<Record<NotedId, Finding<NotedId>>>> = /* @__PURE__ */ perLocale((locale) =>
  deepFreeze(
  (() => {
    const notes: Partial<Record<NotedId, Finding<NotedId>>> = Object.fromEntries(
      LN_IDS.filter((id) => !ERROR_RULES.includes(id)).map((id) => [id, noteFor(id, locale)]),
    );
    notes['language.interpreter'] = noteFor('language.interpreter', locale, undefined, ['preferredLanguage']);
    return notes;
  })(),
));

/**
 * A rule the requested channel breaks: an `error` at `channel`, in each
 * locale. Deeply frozen, shared by every result.
 *
 * @internal
 * @example
 * ```ts
 * REFUSALS.es['ln.email-not-published'].path; // ['channel']
 * ```
 */
export const REFUSALS: (locale: Locale) => Readonly<Record<LakeNormanRuleId, Finding<LakeNormanRuleId>>> = /* @__PURE__ */ perLocale((locale) =>
  deepFreeze(
    Object.fromEntries(
      LN_IDS.map((id): [LakeNormanRuleId, Finding<LakeNormanRuleId>] => [id, { ruleId: id, severity: 'error', message: textOf(locale)[id], path: ['channel'] }]),
    ) as Record<LakeNormanRuleId, Finding<LakeNormanRuleId>>,
  ),
);

function portalViews(portal: Destination['portals'][number]): (asOf: CalendarDate | null) => PortalView {
  const view = (asOf: CalendarDate | null): PortalView => {
    const p = availabilityOf(portal, asOf);
    return { portal: p, finding: perLocale((locale) => deepFreeze(noteFor(p.ruleId, locale, fillRule(p.ruleId, locale, p.period ?? {})))) };
  };
  const a = portal.availability;
  if (a === null) {
    const current = deepFreeze(view(null));
    return () => current;
  }
  const unverified = deepFreeze(view(null));
  const available = deepFreeze(view(a.from));
  const { minEnd, maxEnd } = available.portal.period as NonNullable<PortalAvailability['period']>;
  const mayBeGone = deepFreeze(view(minEnd));
  const gone = deepFreeze(view(maxEnd));
  return (asOf) => (asOf === null ? unverified : asOf < minEnd ? available : asOf < maxEnd ? mayBeGone : gone);
}

function purposeRoute(edition: DirectoryEdition, forms: Destination, purpose: Purpose): PurposeRoute {
  const lines = requestLines(edition, purpose);
  const send: SendChannel[] = [];
  const faxRefusal: LakeNormanRuleId[] = [];
  for (const line of lines) {
    if (line.accepted) {
      send.push({ channel: 'fax', level: 'accepted', lineId: line.lineId, destinationId: line.destinationId, fax: line.fax as PhoneNumber, ruleIds: line.ruleIds });
    }
    if (line.fax !== null) faxRefusal.push(...line.ruleIds);
  }
  const ruleIds: readonly LakeNormanRuleId[] = forms.handles.includes('completed-request-forms')
    ? ['ln.roi-forms']
    : purpose === 'patient-care'
      ? ['ln.mail']
      : ['ln.mail', 'ln.mail-all-others'];
  if (forms.email !== null) send.push({ channel: 'email', level: 'accepted', destinationId: forms.id, email: forms.email, ruleIds });
  send.push({ channel: 'mail', level: 'accepted', destinationId: forms.id, mailingAddress: forms.mailingAddress as PostalAddress, ruleIds });
  return { send, faxRefusal };
}

function editionRoute(edition: DirectoryEdition): EditionRoute {
  const hospital = lakeNormanEntry(edition);
  const destination = formsDestination(edition);
  const form = {
    en: hospital.forms.find((f) => f.language === 'en') as RequestForm,
    es: hospital.forms.find((f) => f.language === 'es') as RequestForm,
  };
  const formMessage = (locale: Locale, f: RequestForm): string =>
    fillRule('ln.forms', locale, { title: f.title, language: stepWordsOf(locale).languages[f.language], sizeKb: f.sizeKb });
  return deepFreeze({
    edition,
    hospital,
    destination,
    online: hospital.onlineRequest === null ? null : { channel: 'online-request', level: 'recommended', ruleIds: ['ln.online-recommended'] },
    portals: hospital.portals.map((p) => ({ legacy: p.availability !== null, at: portalViews(p) })),
    byPurpose: { 'patient-care': purposeRoute(edition, destination, 'patient-care'), other: purposeRoute(edition, destination, 'other') },
    form,
    formFinding: perLocale((locale) => deepFreeze({ en: noteFor('ln.forms', locale, formMessage(locale, form.en)), es: noteFor('ln.forms', locale, formMessage(locale, form.es)) })),
  });
}

/**
 * The route data of every edition, keyed by edition (same order as
 * `DIRECTORY_EDITIONS`).
 *
 * @internal
 * @example
 * ```ts
 * EDITION_ROUTES.get(DIRECTORY_EDITIONS[1])?.destination.id; // 'duke-release-of-information'
 * ```
 */
export const EDITION_ROUTES: ReadonlyMap<DirectoryEdition, EditionRoute> = /* @__PURE__ */ (() =>
  new Map(
  DIRECTORY_EDITIONS.map((edition) => [edition, editionRoute(edition)]),
))();
