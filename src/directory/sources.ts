import type { SourceRef } from '../core/types';

/**
 * A source page without a section: the pages every rule and directory entry
 * cites. A rule adds the section with {@link cite}.
 *
 * @example
 * ```ts
 * import { SOURCES } from 'duke-records-rules';
 * SOURCES.sendToDuke.url;
 * // 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke'
 * ```
 */
export type SourcePage = Omit<SourceRef, 'section'>;

/**
 * The published pages and regulations the library encodes.
 *
 * @example
 * ```ts
 * import { SOURCES } from 'duke-records-rules';
 * SOURCES.lakeNorman2025.title; // 'Duke Health Lake Norman Hospital Medical Records Requests'
 * ```
 */
export const SOURCES = /* @__PURE__ */ (() =>
  Object.freeze({
  sendToDuke: /* @__PURE__ */ Object.freeze({
    url: 'https://www.dukehealth.org/medical-records/send-your-medical-records-duke',
    title: 'Send Your Medical Records to Duke Health',
  }),
  lakeNormanSeed: /* @__PURE__ */ Object.freeze({
    url: 'https://dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
    title: 'Duke Health Lake Norman Hospital Medical Records Requests',
  }),
  lakeNorman2025: /* @__PURE__ */ Object.freeze({
    url: 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
    title: 'Duke Health Lake Norman Hospital Medical Records Requests',
  }),
  lakeNormanFaq: /* @__PURE__ */ Object.freeze({
    url: 'https://www.dukehealth.org/hospitals/duke-health-lake-norman-hospital/medical-records',
    title: 'Questions About Medical Records (FAQ on the Lake Norman medical-records page)',
  }),
  interpreterServices: /* @__PURE__ */ Object.freeze({
    url: 'https://www.dukehealth.org/diversity-equity-and-inclusion/interpreter-services',
    title: 'Interpreter Services',
  }),
  cfr164_508: /* @__PURE__ */ Object.freeze({
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508',
    title: '45 CFR 164.508 — Uses and disclosures for which an authorization is required',
  }),
  cfr164_524: /* @__PURE__ */ Object.freeze({
    url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.524',
    title: '45 CFR 164.524 — Access of individuals to protected health information',
  }),
} as const satisfies Record<string, SourcePage>))();

/**
 * A source reference: a page of {@link SOURCES} and the section read.
 *
 * @param page - one of {@link SOURCES}
 * @param section - the heading or paragraph the fact comes from
 * @returns the source reference
 *
 * @example
 * ```ts
 * import { SOURCES, cite } from 'duke-records-rules';
 * cite(SOURCES.sendToDuke, 'Use a Trackable Carrier if Mailing');
 * ```
 */
export function cite(page: SourcePage, section: string): SourceRef {
  return { url: page.url, title: page.title, section };
}
