import type { SourceRef } from '../core/types';

/**
 * A source page without a section: the pages every rule and directory entry
 * cites. A rule adds the section with {@link cite}.
 *
 * @category Directory
 * @example
 * ```ts
 * import { SOURCES } from 'duke-records-rules';
 * SOURCES.sendToDuke.url;
 * // 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke'
 * ```
 */
export type SourcePage = Omit<SourceRef, 'section'>;

/**
 * The source page `SOURCES.sendToDuke`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * SEND_TO_DUKE_PAGE.url; // 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke'
 * ```
 */
export const SEND_TO_DUKE_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke',
  title: 'Send Your Medical Records to Duke Health',
});

/**
 * The source page `SOURCES.lakeNormanSeed`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_SEED_PAGE.url; // 'https://dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records'
 * ```
 */
export const LAKE_NORMAN_SEED_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
  title: 'Duke Health Lake Norman Hospital Medical Records Requests',
});

/**
 * The source page `SOURCES.lakeNorman2025`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_2025_PAGE.url; // 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records'
 * ```
 */
export const LAKE_NORMAN_2025_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
  title: 'Duke Health Lake Norman Hospital Medical Records Requests',
});

/**
 * The source page `SOURCES.lakeNormanFaq`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * LAKE_NORMAN_FAQ_PAGE.url; // 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records'
 * ```
 */
export const LAKE_NORMAN_FAQ_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
  title: 'Questions About Medical Records (FAQ on the Lake Norman medical-records page)',
});

/**
 * The source page `SOURCES.interpreterServices`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * INTERPRETER_SERVICES_PAGE.url; // 'https://www.dukehealth.org/diversity-equity-and-inclusion/interpreter-services'
 * ```
 */
export const INTERPRETER_SERVICES_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.dukehealth.org/diversity-equity-and-inclusion/interpreter-services',
  title: 'Interpreter Services',
});

/**
 * The source page `SOURCES.cfr164_508`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * CFR_164_508_PAGE.url; // 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508'
 * ```
 */
export const CFR_164_508_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508',
  title: '45 CFR 164.508 — Uses and disclosures for which an authorization is required',
});

/**
 * The source page `SOURCES.cfr164_524`, on its own so that data citing it does not
 * pull the other pages into a bundle.
 *
 * @internal
 * @example
 * ```ts
 * CFR_164_524_PAGE.url; // 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.524'
 * ```
 */
export const CFR_164_524_PAGE: SourcePage = /* @__PURE__ */ Object.freeze({
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.524',
  title: '45 CFR 164.524 — Access of individuals to protected health information',
});

/**
 * The published pages and regulations the library encodes.
 *
 * @category Directory
 * @example
 * ```ts
 * import { SOURCES } from 'duke-records-rules';
 * SOURCES.lakeNorman2025.title; // 'Duke Health Lake Norman Hospital Medical Records Requests'
 * ```
 */
export const SOURCES = /* @__PURE__ */ (() =>
  Object.freeze({
    sendToDuke: SEND_TO_DUKE_PAGE,
    lakeNormanSeed: LAKE_NORMAN_SEED_PAGE,
    lakeNorman2025: LAKE_NORMAN_2025_PAGE,
    lakeNormanFaq: LAKE_NORMAN_FAQ_PAGE,
    interpreterServices: INTERPRETER_SERVICES_PAGE,
    cfr164_508: CFR_164_508_PAGE,
    cfr164_524: CFR_164_524_PAGE,
  } as const))();

/**
 * A source reference: a page of {@link SOURCES} and the section read.
 *
 * @param page - one of {@link SOURCES}
 * @param section - the heading or paragraph the fact comes from
 * @returns the source reference
 *
 * @category Directory
 * @example
 * ```ts
 * import { SOURCES, cite } from 'duke-records-rules/catalog';
 * cite(SOURCES.sendToDuke, 'Use a Trackable Carrier if Mailing');
 * ```
 */
export /* @__NO_SIDE_EFFECTS__ */ function cite(page: SourcePage, section: string): SourceRef {
  return { url: page.url, title: page.title, section };
}
