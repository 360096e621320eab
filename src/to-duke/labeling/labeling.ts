import { match } from 'ts-pattern';
import * as z from 'zod';
import { localeTexts } from '../../core/locale';
import { parseInput } from '../../core/parse-input';
import { parseOptions, type EntryOptions } from '../../core/parse-options';
import type { ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { TO_DUKE_WORDS_EN } from '../words.en';
import type { LabelField } from '../schemas/label';
import { hasRecordNumber, patientSchema } from '../schemas/patient';
import { recordItemSchema, type RecordItem } from '../schemas/record-item';
import type { LabelGap, RuleHit } from '../rule-hit';
import { deepFreeze } from '../../core/deep-freeze';

const SECTION = 'Clearly Mark Patient Name on Each Page';

/**
 * Catalog entries of the labeling area.
 *
 * @category Catalog
 * @example
 * ```ts
 * import { LABELING_RULES } from 'duke-records-rules/catalog';
 * LABELING_RULES.map((r) => r.id); // ['label.paper-each-page', 'label.media-outside']
 * ```
 */
export const LABELING_RULES = /* @__PURE__ */ (() =>
  deepFreeze([
    {
      id: 'label.paper-each-page',
      area: 'labeling',
      severity: 'warning',
      summary:
        "Each page of paper documents is clearly marked with the patient's name, date of birth, and medical record number if the patient has one; handwriting is fine.",
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
      ambiguity: {
        note: 'The page says pages "should be clearly marked" but not that unmarked records are refused; "(if applicable)" does not say when a record number applies.',
        reading:
          'A missing mark is a warning, not a refusal. The record number is required exactly when the patient has one (one was given), so records are never matched on less than the page asks for.',
      },
    },
    {
      id: 'label.media-outside',
      area: 'labeling',
      severity: 'warning',
      summary:
        "The outside of every removable medium (CD, DVD, USB drive, external hard drive) is clearly marked with the patient's name, date of birth, and medical record number if the patient has one; handwriting is fine.",
      source: cite(SOURCES.sendToDuke, SECTION),
      editions: ['seed', '2025-10-18'],
    },
  ] as const satisfies readonly RuleDefinition[]))();

/**
 * The id of a rule of the labeling area.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { LabelingRuleId } from 'duke-records-rules';
 * const id: LabelingRuleId = 'label.media-outside';
 * ```
 */
export type LabelingRuleId = (typeof LABELING_RULES)[number]['id'];

/**
 * What the label of one item must carry.
 *
 * @category Rules
 * @example
 * ```ts
 * import { labelRequirements } from 'duke-records-rules';
 * const r = labelRequirements({ item: { kind: 'media' }, hasRecordNumber: false });
 * if (r.success) r.fields; // ['name', 'dateOfBirth']
 * ```
 */
export interface LabelRequirements {
  /** The patient details to mark: name and date of birth, and the record number when the patient has one. */
  readonly fields: readonly LabelField[];
  /** Paper: every page; media: the outside. */
  readonly placement: 'every-page' | 'outside';
  /** The page says the marks can be handwritten. */
  readonly handwritingAccepted: true;
  readonly ruleId: LabelingRuleId;
}

const BASIC: readonly LabelField[] = /* @__PURE__ */ (() =>
  Object.freeze(['name', 'dateOfBirth'] as const))();
const WITH_NUMBER: readonly LabelField[] = /* @__PURE__ */ (() =>
  Object.freeze(['name', 'dateOfBirth', 'recordNumber'] as const))();

const requirement = (placement: LabelRequirements['placement'], ruleId: LabelingRuleId, fields: readonly LabelField[]) =>
  Object.freeze({ fields, placement, handwritingAccepted: true as const, ruleId });

const PAPER = /* @__PURE__ */ (() =>
  requirement('every-page', 'label.paper-each-page', BASIC))();
const PAPER_NUMBER = /* @__PURE__ */ (() =>
  requirement('every-page', 'label.paper-each-page', WITH_NUMBER))();
const MEDIA = /* @__PURE__ */ (() =>
  requirement('outside', 'label.media-outside', BASIC))();
const MEDIA_NUMBER = /* @__PURE__ */ (() =>
  requirement('outside', 'label.media-outside', WITH_NUMBER))();

/**
 * What the label of an item must carry, on values already parsed (see
 * {@link labelRequirements}). Frozen and shared between calls.
 *
 * @param item - the item (only its `kind` is read)
 * @param patient - whether the patient has a medical record number
 * @returns the fields, the placement and the rule
 *
 * @internal
 * @example
 * ```ts
 * requirementsOf({ kind: 'paper' }, { hasRecordNumber: true }).fields; // ['name', 'dateOfBirth', 'recordNumber']
 * ```
 */
export function requirementsOf(item: Pick<RecordItem, 'kind'>, patient: { readonly hasRecordNumber: boolean }): LabelRequirements {
  // A switch, not ts-pattern: this runs on every item of every evaluation, and a match()
  // builder per call costs a tenth of the evaluateSubmission budget. It stays
  // exhaustive: a new kind leaves the function without a return, a type error.
  switch (item.kind) {
    case 'paper':
      return patient.hasRecordNumber ? PAPER_NUMBER : PAPER;
    case 'media':
      return patient.hasRecordNumber ? MEDIA_NUMBER : MEDIA;
  }
}

/**
 * What {@link labelRequirements} returns: the requirements, or the issues
 * of a bad input or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { labelRequirements, type LabelRequirementsResult } from 'duke-records-rules';
 * const r: LabelRequirementsResult = labelRequirements({ item: { kind: 'scroll' }, hasRecordNumber: false });
 * r.success; // false
 * ```
 */
export type LabelRequirementsResult = ({ readonly success: true } & LabelRequirements) | ParseFailure;

const requirementsInputSchema = /* @__PURE__ */ (() =>
  z.object({ item: z.object({ kind: z.enum(['paper', 'media']) }), hasRecordNumber: z.boolean() }))();

/**
 * What the label of an item must carry: the patient's name and date of
 * birth, plus the medical record number exactly when the patient has one;
 * on every page of paper documents, on the outside of removable media.
 * Never throws: a bad input gives issues (`['item', 'kind']`,
 * `['hasRecordNumber']`), a bad option issues at `['options', …]`.
 *
 * @param input - `{ item, hasRecordNumber }`: the item (only its `kind` is read) and whether the patient has a medical record number
 * @param options - `locale` (of the issues); `asOf` is accepted (both editions label alike)
 * @returns the fields, the placement and the rule, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { labelRequirements } from 'duke-records-rules';
 * labelRequirements({ item: { kind: 'paper' }, hasRecordNumber: true });
 * // { success: true, fields: ['name', 'dateOfBirth', 'recordNumber'], placement: 'every-page',
 * //   handwritingAccepted: true, ruleId: 'label.paper-each-page' }
 * ```
 */
export function labelRequirements(input: unknown, options?: EntryOptions): LabelRequirementsResult {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(requirementsInputSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  return { success: true, ...requirementsOf(parsed.data.item, parsed.data) };
}

/**
 * The outcome of {@link checkLabel}.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkLabel } from 'duke-records-rules';
 * const c = checkLabel({ item: { kind: 'paper', pages: 1, label: { name: true, dateOfBirth: true } }, hasRecordNumber: false });
 * if (c.success) c.complete; // true: a one-page document marked on its page is marked on every page
 * ```
 */
export interface LabelCheck {
  /** Every required field is marked, on every page for paper. */
  readonly complete: boolean;
  readonly required: readonly LabelField[];
  /** What is lacking: unmarked required fields, and `every-page` when paper marks do not cover every page. */
  readonly missing: readonly LabelGap[];
  readonly ruleId: LabelingRuleId;
}

/**
 * What {@link checkLabel} returns: the check, or the issues of a bad input
 * or option.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkLabel, type LabelCheckResult } from 'duke-records-rules';
 * const r: LabelCheckResult = checkLabel({});
 * r.success; // false
 * ```
 */
export type LabelCheckResult = ({ readonly success: true } & LabelCheck) | ParseFailure;

const checkInputSchema = /* @__PURE__ */ (() => z.object({ item: recordItemSchema, hasRecordNumber: z.boolean() }))();

/**
 * Checks an item's marking against {@link labelRequirements}. Paper marks
 * cover every page when the label says so or the document has one page. A
 * record number marked when the patient has none is not a problem. Never
 * throws: an item that {@link recordItemSchema} refuses gives issues at
 * `['item', …]`, a bad option issues at `['options', …]`.
 *
 * @param input - `{ item, hasRecordNumber }`: an item as a submission gives it (its label included) and whether the patient has a medical record number
 * @param options - `locale` (of the issues); `asOf` is accepted (both editions label alike)
 * @returns whether the label is complete and what it lacks, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkLabel } from 'duke-records-rules';
 * const c = checkLabel({ item: { kind: 'media', medium: 'cd', label: { name: true } }, hasRecordNumber: true });
 * if (c.success) c.missing; // ['dateOfBirth', 'recordNumber']
 * ```
 */
export function checkLabel(input: unknown, options?: EntryOptions): LabelCheckResult {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(checkInputSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  const { item } = parsed.data;
  return { success: true, ...checkAgainst(item, requirementsOf(item, parsed.data)) };
}

function checkAgainst(item: RecordItem, { fields, ruleId }: LabelRequirements): LabelCheck {
  const missing: LabelGap[] = [];
  for (const field of fields) if (!item.label[field]) missing.push(field);
  if (item.kind === 'paper' && !item.label.everyPage && item.pages > 1) missing.push('every-page');
  return { complete: missing.length === 0, required: fields, missing, ruleId };
}

/**
 * The labeling findings of a submission: one per item whose marking is
 * incomplete, at `['items', i, 'label']`.
 *
 * @param items - the parsed items
 * @param patient - whether the patient has a medical record number
 * @returns the hits, in item order
 *
 * @internal
 * @example
 * ```ts
 * labelHits([{ kind: 'paper', pages: 3, original: false, radiology: [],
 *   label: { name: true, dateOfBirth: true, recordNumber: false, everyPage: true } }], { hasRecordNumber: false });
 * // []
 * ```
 */
export function labelHits(items: readonly RecordItem[], patient: { readonly hasRecordNumber: boolean }): RuleHit<LabelingRuleId>[] {
  const hits: RuleHit<LabelingRuleId>[] = [];
  const byKind: Partial<Record<RecordItem['kind'], LabelRequirements>> = {};
  items.forEach((item, index) => {
    const required = (byKind[item.kind] ??= requirementsOf(item, patient));
    const check = checkAgainst(item, required);
    if (check.complete) return;
    const path = ['items', index, 'label'];
    hits.push(
      item.kind === 'media'
        ? { ruleId: check.ruleId, severity: 'warning', path, item: index + 1, medium: item.medium, fields: check.required, missing: check.missing }
        : { ruleId: check.ruleId, severity: 'warning', path, item: index + 1, fields: check.required, missing: check.missing },
    );
  });
  return hits;
}

/**
 * The marking text of {@link formatLabel}: one line per detail, and the
 * same joined on one line for a page header.
 *
 * @category Rules
 * @example
 * ```ts
 * import { formatLabel } from 'duke-records-rules';
 * const r = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29' });
 * if (r.success) r.lines; // ['Patient name: Jane Doe', 'Date of birth: 29 FEB 1980']
 * ```
 */
export interface LabelText {
  readonly lines: readonly string[];
  readonly text: string;
}

/**
 * What {@link formatLabel} returns: the text, or the issues of a bad
 * patient or option (which never repeat a value).
 *
 * @category Rules
 * @example
 * ```ts
 * import { formatLabel, type LabelTextResult } from 'duke-records-rules';
 * const r: LabelTextResult = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-30' });
 * r.success; // false: there is no February 30
 * ```
 */
export type LabelTextResult = ({ readonly success: true } & LabelText) | ParseFailure;

/**
 * Renders the text to write on a label or page header: the patient's name,
 * date of birth (day, month abbreviation, year: `29 FEB 1980`, which no
 * reader can take for another date) and the record number when the patient
 * has one, each with its caption in `locale`.
 *
 * This is the one function of the library that returns patient data, by
 * design: its output is the patient's own label. Do not log it.
 * {@link evaluateSubmission} never calls it, and no finding, step or message
 * contains its text. The patient is read with {@link patientSchema}; never
 * throws: a patient it refuses gives issues (at `['name']`,
 * `['dateOfBirth']`…), a bad option issues at `['options', …]`, and no issue
 * repeats a value.
 *
 * @param input - the patient, as {@link patientSchema} reads it
 * @param options - `locale` of the captions, month names and issues (English when omitted); `asOf` is accepted and not used
 * @returns the lines and the one-line text, or the issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { formatLabel } from 'duke-records-rules';
 * import { es } from 'duke-records-rules/locales/es';
 * const en = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' });
 * if (en.success) en.text;
 * // 'Patient name: Jane Doe | Date of birth: 29 FEB 1980 | Medical record number: D1234567'
 * const sp = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29' }, { locale: es });
 * if (sp.success) sp.lines; // ['Nombre del paciente: Jane Doe', 'Fecha de nacimiento: 29 FEB 1980']
 * ```
 */
export function formatLabel(input: unknown, options?: EntryOptions): LabelTextResult {
  const opts = parseOptions(options);
  if (!opts.success) return opts;
  const parsed = parseInput(patientSchema, input, opts.locale);
  if (!parsed.success) return parsed;
  const patient = parsed.data;
  const words = localeTexts(opts.locale, 'toDuke', TO_DUKE_WORDS_EN);
  const dob = patient.dateOfBirth;
  const date = `${dob.slice(8, 10)} ${words.months[Number(dob.slice(5, 7)) - 1]} ${dob.slice(0, 4)}`;
  const lines = [`${words.labelCaptions.name}: ${patient.name}`, `${words.labelCaptions.dateOfBirth}: ${date}`];
  if (hasRecordNumber(patient)) lines.push(`${words.labelCaptions.recordNumber}: ${patient.recordNumber as string}`);
  return { success: true, lines, text: lines.join(' | ') };
}
