import type { RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { deepFreeze } from '../../core/deep-freeze';

const SEED_PAGE = 'Duke Health Lake Norman Hospital Medical Records Requests';
const SEED_REQUEST = 'Request Medical Records';

/**
 * Catalog entries of the Lake Norman rules on how records are requested (online, by mail, by e-mail, not by phone) and who may receive them.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { REQUEST_CHANNEL_RULES } from 'duke-records-rules/catalog';
 * REQUEST_CHANNEL_RULES.map((r) => r.id); // ['ln.release-to-self-or-third-party', 'ln.online-recommended', 'ln.phone-questions', 'ln.mail', 'ln.email-not-published']
 * ```
 */
export const REQUEST_CHANNEL_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
  {
    id: 'ln.release-to-self-or-third-party',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Patients who received care at Duke Health Lake Norman Hospital may request copies of their records released to themselves or to third parties (from 2025-10-18: patients seen before that date may still request copies for personal use or for third parties).',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.online-recommended',
    area: 'lake-norman',
    severity: 'info',
    summary: 'Requesting records online is easy, fast and secure; online requests are recommended whenever possible.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_PAGE),
    editions: ['seed', '2025-10-18'],
  },
  {
    id: 'ln.phone-questions',
    area: 'lake-norman',
    severity: 'error',
    summary:
      'Records are requested online, through the portal, or with the request form; the phone number the page lists ((704) 660-4035 in the seed edition) is for questions, not for requests.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed', '2025-10-18'],
    ambiguity: {
      note: 'The seed page lists a phone number under "Request Medical Records" without saying what it is for, and describes no way to request records by phone.',
      reading: 'The phone is for questions only: a request asked "by phone" is answered with the online request and the form channels, never routed to the phone.',
    },
  },
  {
    id: 'ln.mail',
    area: 'lake-norman',
    severity: 'info',
    summary:
      'Requests can be mailed to the Medical Records Department\'s mailing address (P.O. Box 3250, Mooresville, NC 28117); the page also gives its physical address, 171 Fairview Road, Mooresville, NC 28117.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
  },
  {
    id: 'ln.email-not-published',
    area: 'lake-norman',
    severity: 'error',
    summary: 'The seed edition of the page publishes no e-mail address for Lake Norman requests: a request cannot be e-mailed.',
    source: /* @__PURE__ */ cite(SOURCES.lakeNormanSeed, SEED_REQUEST),
    editions: ['seed'],
  },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * Id of a Lake Norman rule on how records are requested (online, by mail, by e-mail, not by phone) and who may receive them.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { RequestChannelRuleId } from 'duke-records-rules/lake-norman';
 * const id: RequestChannelRuleId = 'ln.release-to-self-or-third-party';
 * ```
 */
export type RequestChannelRuleId = (typeof REQUEST_CHANNEL_RULES)[number]['id'];
