import { deepFreeze } from '../../core/deep-freeze';
import type { Finding } from '../../core/finding';
import { localeTexts, perLocale, type Locale } from '../../core/locale';
import type { CalendarDate, InputPath } from '../../core/types';
import type { Destination, DirectoryEdition, PhoneNumber, PostalAddress, RequestForm } from '../../directory/types';
import { LAKE_NORMAN_MESSAGES_EN } from '../messages.en';
import { stepWordsOf } from './step-text';
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
 * computed from the frozen directory the first time an edition is routed
 * (derived constant data: the texts of a locale, and the portal part of
 * each combination of portal states, are computed on first use and then
 * shared, deeply frozen, by every result).
 *
 * @internal
 * @example
 * ```ts
 * const route = routeFor(DIRECTORY_EDITIONS[0] as DirectoryEdition);
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
  /**
   * The portals that apply on `asOf` (legacy portals only when
   * `legacyApplies`): the patient-portal channel, its findings and its step.
   */
  readonly portalsAt: (asOf: CalendarDate | null, legacyApplies: boolean) => PortalPart;
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
 * const [, legacy] = routeFor(DIRECTORY_EDITIONS[1] as DirectoryEdition).portals;
 * legacy?.at('2027-05-01').finding.en.ruleId; // 'ln.legacy-portals-gone'
 * ```
 */
export interface PortalView {
  /** Which of its portal's views this is (0 to 3), the same for the same status and period. */
  readonly state: number;
  readonly portal: PortalAvailability;
  readonly finding: (locale: Locale) => Finding<LakeNormanFindingId>;
}

/**
 * The portals of an edition that apply to a request on a date, each in its
 * state, under a number unique within the edition.
 *
 * @internal
 * @example
 * ```ts
 * const part = routeFor(DIRECTORY_EDITIONS[1] as DirectoryEdition).portalsAt('2026-01-05', true);
 * part.views.map((v) => v.portal.status); // ['available', 'available', 'available']
 * ```
 */
export interface PortalPart {
  readonly key: number;
  readonly views: readonly PortalView[];
}

/**
 * The channels a form of this purpose can be sent through, and why a fax is
 * refused when none accepts it.
 *
 * @internal
 * @example
 * ```ts
 * routeFor(DIRECTORY_EDITIONS[0] as DirectoryEdition).byPurpose.other.faxRefusal;
 * // ['ln.fax-patient-care-only', 'ln.mail-all-others']
 * ```
 */
export interface PurposeRoute {
  readonly send: readonly SendChannel[];
  readonly faxRefusal: readonly LakeNormanRuleId[];
}

/**
 * The rule cited by the step that completes the form.
 *
 * @internal
 * @example
 * ```ts
 * FORMS_RULES; // ['ln.forms']
 * ```
 */
export const FORMS_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() => Object.freeze(['ln.forms']))();
/**
 * The rule cited when a question is to be asked by phone, and when a phone
 * request is refused.
 *
 * @internal
 * @example
 * ```ts
 * PHONE_RULES; // ['ln.phone-questions']
 * ```
 */
export const PHONE_RULES: readonly LakeNormanFindingId[] = /* @__PURE__ */ (() => Object.freeze(['ln.phone-questions']))();

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
  const view = (asOf: CalendarDate | null, state: number): PortalView => {
    const p = availabilityOf(portal, asOf);
    return { state, portal: p, finding: perLocale((locale) => deepFreeze(noteFor(p.ruleId, locale, fillRule(p.ruleId, locale, p.period ?? {})))) };
  };
  const a = portal.availability;
  if (a === null) {
    const current = deepFreeze(view(null, 0));
    return () => current;
  }
  const unverified = deepFreeze(view(null, 0));
  const available = deepFreeze(view(a.from, 1));
  const { minEnd, maxEnd } = available.portal.period as NonNullable<PortalAvailability['period']>;
  const mayBeGone = deepFreeze(view(minEnd, 2));
  const gone = deepFreeze(view(maxEnd, 3));
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
  const online = hospital.onlineRequest === null ? null : ({ channel: 'online-request', level: 'recommended', ruleIds: ['ln.online-recommended'] } as const);
  const portals = hospital.portals.map((p) => ({ legacy: p.availability !== null, at: portalViews(p) }));
  const byPurpose = { 'patient-care': purposeRoute(edition, destination, 'patient-care'), other: purposeRoute(edition, destination, 'other') };
  // One part per combination of portal states (a few per edition), made on
  // first use. Its key: 1 when legacy portals apply, plus, in base 5 from the
  // second digit, each portal's state + 1 (0 when it does not apply).
  const parts = new Map<number, PortalPart>();
  const portalsAt = (asOf: CalendarDate | null, legacyApplies: boolean): PortalPart => {
    let key = legacyApplies ? 1 : 0;
    for (let k = 0, scale = 2; k < portals.length; k++, scale *= 5) {
      const p = portals[k] as (typeof portals)[number];
      if (legacyApplies || !p.legacy) key += (p.at(asOf).state + 1) * scale;
    }
    let part = parts.get(key);
    if (part === undefined) {
      part = { key, views: portals.filter((p) => legacyApplies || !p.legacy).map((p) => p.at(asOf)) };
      parts.set(key, part);
    }
    return part;
  };
  return deepFreeze({
    edition,
    hospital,
    destination,
    online,
    portals,
    portalsAt,
    byPurpose,
    form,
    formFinding: perLocale((locale) => deepFreeze({ en: noteFor('ln.forms', locale, formMessage(locale, form.en)), es: noteFor('ln.forms', locale, formMessage(locale, form.es)) })),
  });
}

const ROUTES = /* @__PURE__ */ (() => new Map<DirectoryEdition, EditionRoute>())();

/**
 * The routing profile of a directory edition, computed on its first use
 * (not when the module loads) and shared by every later result.
 *
 * @param edition - a directory edition
 * @returns its routing profile
 * @internal
 * @example
 * ```ts
 * routeFor(DIRECTORY_EDITIONS[0] as DirectoryEdition).edition.id; // 'seed'
 * ```
 */
export function routeFor(edition: DirectoryEdition): EditionRoute {
  let route = ROUTES.get(edition);
  if (route === undefined) {
    route = editionRoute(edition);
    ROUTES.set(edition, route);
  }
  return route;
}
