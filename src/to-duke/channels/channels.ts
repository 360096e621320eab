import { match } from 'ts-pattern';
import * as z from 'zod';
import { parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import type { Channel, ChannelKind } from '../schemas/channel';
import { radiologySchema, type RecordItem } from '../schemas/record-item';
import type { RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const MARK = 'Clearly Mark Patient Name on Each Page';
const EDITIONS = ['seed', '2025-10-18'] as const;

/**
 * Catalog entries of the channels area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { CHANNEL_RULES } from 'duke-records-rules/catalog';
 * CHANNEL_RULES.find((r) => r.id === 'channel.last-resort')?.severity; // 'warning'
 * ```
 */
export const CHANNEL_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'channel.bring-copies-to-appointment',
      area: 'channels',
      severity: 'info',
      summary:
        'For information security, Duke recommends bringing copies of documents or removable media (not the originals) to the clinical appointment for scanning or upload.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: [...EDITIONS],
    },
    {
      id: 'channel.clinic-upload',
      area: 'channels',
      severity: 'info',
      summary: 'Copies can be uploaded at a clinic location; the page names this route for radiology images.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: [...EDITIONS],
      ambiguity: {
        note: 'The page requires radiology images to be uploaded in a clinic location and recommends bringing other copies to the clinical appointment; it does not say whether other records may be taken to a clinic for upload outside an appointment.',
        reading:
          'Accepted, ranked right after the appointment and never above it for records without radiology images, since the page shows that clinic locations upload records.',
      },
    },
    {
      id: 'channel.radiology-clinic-upload',
      area: 'channels',
      severity: 'error',
      summary:
        'Radiology images (such as CT, MRI and X-rays) must be uploaded in a clinic location; by fax, e-mail or mail they are not accepted.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: [...EDITIONS],
    },
    {
      id: 'channel.radiology-at-appointment',
      area: 'channels',
      severity: 'info',
      summary:
        'Radiology images brought to the clinical appointment must be uploaded at the clinic location, as every radiology image must.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: [...EDITIONS],
      ambiguity: {
        note: 'The page recommends bringing copies to the clinical appointment "for scanning or upload" and, in the next sentence, says radiology images "must be uploaded in a clinic location"; it does not say whether the appointment counts as that clinic location.',
        reading:
          'Bringing the images to the appointment is accepted (the appointment is at a clinic that can upload them), but upload at a clinic location ranks first whenever radiology images are present, and the sender is told the images must be uploaded there.',
      },
    },
    {
      id: 'channel.last-resort',
      area: 'channels',
      severity: 'warning',
      summary:
        'As a last resort, copies (paper documents and removable media) may be faxed, e-mailed or mailed; these methods are less secure and not recommended.',
      source: cite(SOURCES.sendToDuke, MARK),
      editions: [...EDITIONS],
    },
    {
      id: 'channel.email-address-unpublished',
      area: 'channels',
      severity: 'info',
      summary:
        'E-mail to Document Management is accepted as a last resort, but the address is not published in any copy of the page (only an e-mail-protection placeholder); the sender must obtain it from customer service.',
      source: cite(SOURCES.sendToDuke, 'Contact Us'),
      editions: [...EDITIONS],
      ambiguity: {
        note: 'The Contact Us section shows "[email protected]", a placeholder, not an address.',
        reading:
          'The address is unknown and never invented: without one supplied by the integrator, the sender is told to call customer service for it.',
      },
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the channels area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { ChannelRuleId } from 'duke-records-rules';
 * const id: ChannelRuleId = 'channel.last-resort';
 * ```
 */
export type ChannelRuleId = (typeof CHANNEL_RULES)[number]['id'];

/**
 * How a channel stands for a submission:
 * - `required`: the only route the page allows for part of it (radiology
 *   images: upload at a clinic location);
 * - `recommended`: what the page recommends;
 * - `accepted`: allowed, not the first choice;
 * - `last-resort`: accepted, less secure, not recommended;
 * - `not-accepted`: the page refuses it for this submission.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { ChannelLevel } from 'duke-records-rules';
 * const l: ChannelLevel = 'last-resort';
 * ```
 */
export type ChannelLevel = 'required' | 'recommended' | 'accepted' | 'last-resort' | 'not-accepted';

/**
 * One channel in the ranking of {@link recommendChannels} (and the
 * `channels` of `evaluateSubmission`).
 *
 * @category Rules
 * @example
 * ```ts
 * import { recommendChannels } from 'duke-records-rules';
 * const r = recommendChannels({ items: [{ radiology: [] }] });
 * if (r.success) r.channels[0]?.channel; // 'appointment-copies'
 * ```
 */
export interface RankedChannel {
  /** Which channel (named `channel` in every result of the library). */
  readonly channel: ChannelKind;
  /** 1 for the best channel. */
  readonly rank: number;
  readonly level: ChannelLevel;
  readonly accepted: boolean;
  readonly ruleIds: readonly ChannelRuleId[];
}

const rank = (
  entries: readonly (readonly [ChannelKind, ChannelLevel, readonly ChannelRuleId[]])[],
): readonly RankedChannel[] =>
  Object.freeze(
    entries.map(([channel, level, ruleIds], i) =>
      Object.freeze({ channel, rank: i + 1, level, accepted: level !== 'not-accepted', ruleIds: Object.freeze([...ruleIds]) }),
    ),
  );

const WITHOUT_RADIOLOGY = /* @__PURE__ */ (() =>
  rank([
  ['appointment-copies', 'recommended', ['channel.bring-copies-to-appointment']],
  ['clinic-upload', 'accepted', ['channel.clinic-upload']],
  ['fax', 'last-resort', ['channel.last-resort']],
  ['email', 'last-resort', ['channel.last-resort', 'channel.email-address-unpublished']],
  ['mail', 'last-resort', ['channel.last-resort']],
]))();

const WITH_RADIOLOGY = /* @__PURE__ */ (() =>
  rank([
  ['clinic-upload', 'required', ['channel.radiology-clinic-upload']],
  ['appointment-copies', 'accepted', ['channel.radiology-at-appointment', 'channel.bring-copies-to-appointment']],
  ['fax', 'not-accepted', ['channel.radiology-clinic-upload', 'channel.last-resort']],
  ['email', 'not-accepted', ['channel.radiology-clinic-upload', 'channel.last-resort', 'channel.email-address-unpublished']],
  ['mail', 'not-accepted', ['channel.radiology-clinic-upload', 'channel.last-resort']],
]))();

/**
 * Whether any item holds radiology images.
 *
 * @param items - the items (only `radiology` is read)
 * @returns `true` when at least one item lists a radiology image
 *
 * @internal
 * @example
 * ```ts
 * hasRadiology([{ radiology: [] }, { radiology: ['ct'] }]); // true
 * ```
 */
export function hasRadiology(items: readonly Pick<RecordItem, 'radiology'>[]): boolean {
  return items.some((item) => item.radiology.length > 0);
}

/**
 * The channels ranked for a list of items, best first (frozen, shared
 * between calls): what {@link recommendChannels} and `evaluateSubmission`
 * give.
 *
 * @param items - the items (only `radiology` is read)
 * @returns the five channels, ranked
 *
 * @internal
 * @example
 * ```ts
 * rankChannels([{ radiology: ['ct'] }])[0]?.channel; // 'clinic-upload'
 * ```
 */
export function rankChannels(items: readonly Pick<RecordItem, 'radiology'>[]): readonly RankedChannel[] {
  return hasRadiology(items) ? WITH_RADIOLOGY : WITHOUT_RADIOLOGY;
}

/**
 * What {@link recommendChannels} returns: the ranked channels, or the
 * issues of a bad input or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { recommendChannels, type ChannelRanking } from 'duke-records-rules';
 * const r: ChannelRanking = recommendChannels(null);
 * r.success; // false
 * ```
 */
export type ChannelRanking = { readonly success: true; readonly channels: readonly RankedChannel[] } | ParseFailure;

/** The input of {@link recommendChannels}: the items, of which only `radiology` is read (other keys are ignored). */
const rankingInputSchema = /* @__PURE__ */ (() =>
  z.object({ items: z.array(z.object({ radiology: z.array(radiologySchema).max(4).default([]) })).min(1).max(100) }))();

/**
 * Ranks every channel for a submission, best first. Without radiology
 * images: copies brought to the clinical appointment (recommended), upload
 * at a clinic location (accepted), then fax, e-mail and mail (last resort,
 * in the page's order). With radiology images: upload at a clinic location
 * (required), the appointment (accepted: its clinic must upload the images),
 * and fax, e-mail and mail not accepted. The list always holds all five
 * channels; it is frozen and shared between calls. Never throws: an input
 * without `items` (1 to 100, as in a submission) gives issues, a bad
 * option issues at `['options', …]`.
 *
 * @param input - `{ items }`: the items (only their `radiology` is read; a whole submission works too)
 * @param options - `locale` (of the issues); `asOf` is accepted (both editions rank alike)
 * @returns the ranked channels, each with its level and rule ids, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { recommendChannels } from 'duke-records-rules';
 * const r = recommendChannels({ items: [{ radiology: ['mri'] }] });
 * if (r.success) r.channels.map((c) => `${c.channel}:${c.level}`);
 * // ['clinic-upload:required', 'appointment-copies:accepted', 'fax:not-accepted',
 * //  'email:not-accepted', 'mail:not-accepted']
 * recommendChannels({}).success; // false
 * ```
 */
export function recommendChannels(input: unknown, options?: EntryOptions): ChannelRanking {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(rankingInputSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  return { success: true, channels: rankChannels(parsed.data.items) };
}

/**
 * The channel findings of a submission:
 * - no channel chosen: the recommendation to bring the copies to the
 *   appointment; with radiology images nothing (the choose-channel step
 *   cites the clinic-upload rule, an error only when broken);
 * - appointment with radiology images: they must be uploaded at the clinic;
 * - clinic upload without radiology images: the route the page names for
 *   images, the appointment being recommended;
 * - fax, e-mail, mail: last resort (warning), and radiology images not
 *   accepted (error);
 * - e-mail without a known address: the address is not published.
 *
 * @param submission - the items and the chosen channel, if any
 * @param options - whether the integrator supplied the Document Management e-mail address
 * @returns the hits, at `['channel']` (or `['items']` when no channel is chosen)
 *
 * @internal
 * @example
 * ```ts
 * channelHits({ items: [{ radiology: ['x-ray'] }], channel: { kind: 'fax' } }, { emailAddressKnown: false })
 *   .map((h) => `${h.ruleId}:${h.severity}`);
 * // ['channel.last-resort:warning', 'channel.radiology-clinic-upload:error']
 * ```
 */
export function channelHits(
  submission: { readonly items: readonly Pick<RecordItem, 'radiology'>[]; readonly channel?: Channel | undefined },
  options: { readonly emailAddressKnown: boolean },
): RuleHit<ChannelRuleId>[] {
  const radiology = hasRadiology(submission.items);
  const channel = submission.channel;
  // No channel chosen: the recommendation. With radiology images it is the
  // clinic-upload rule, an error only when broken: the choose-channel step
  // cites it and says so, and no finding is made.
  if (channel === undefined) return radiology ? [] : [{ ruleId: 'channel.bring-copies-to-appointment', severity: 'info', path: ['items'] }];
  const path = ['channel'];
  const remote = (kind: 'fax' | 'email' | 'mail'): RuleHit<ChannelRuleId>[] => {
    const hits: RuleHit<ChannelRuleId>[] = [{ ruleId: 'channel.last-resort', severity: 'warning', path, channel: kind }];
    if (radiology) hits.push({ ruleId: 'channel.radiology-clinic-upload', severity: 'error', path, channel: kind });
    if (kind === 'email' && !options.emailAddressKnown) {
      hits.push({ ruleId: 'channel.email-address-unpublished', severity: 'info', path, channel: kind });
    }
    return hits;
  };
  // A switch, not ts-pattern: this runs on every evaluation, and a match()
  // builder per call costs a tenth of the evaluateSubmission budget. It stays
  // exhaustive: a new kind leaves the function without a return, a type error.
  switch (channel.kind) {
    case 'appointment-copies':
      return radiology ? [{ ruleId: 'channel.radiology-at-appointment', severity: 'info', path, channel: 'appointment-copies' }] : [];
    case 'clinic-upload':
      return radiology ? [] : [{ ruleId: 'channel.clinic-upload', severity: 'info', path, channel: 'clinic-upload' }];
    case 'fax':
    case 'email':
    case 'mail':
      return remote(channel.kind);
  }
}
