import { match } from 'ts-pattern';
import * as z from 'zod';
import { isCalendarDate } from '../../core/calendar-date';
import { ENGLISH, isLocale, localeTexts, type Locale } from '../../core/locale';
import { parseInput } from '../../core/parse-input';
import type { ParseFailure, RuleDefinition } from '../../core/types';
import { cite, SOURCES } from '../../directory/sources';
import { TO_DUKE_WORDS_EN } from '../words.en';
import type { LabelField } from '../schemas/label';
import { hasRecordNumber, type Patient } from '../schemas/patient';
import { recordItemSchema, type RecordItem } from '../schemas/record-item';
import type { LabelGap, RuleHit } from '../rule-hit';

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
  [
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
  ] as const satisfies readonly RuleDefinition[])();

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
 * const r = labelRequirements({ kind: 'media' }, { hasRecordNumber: false });
 * r.success && r.fields; // ['name', 'dateOfBirth']
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
 * What the label of an item must carry: the patient's name and date of
 * birth, plus the medical record number exactly when the patient has one;
 * on every page of paper documents, on the outside of removable media.
 *
 * Any value is accepted: an item without a `kind` of `paper` or `media`, or
 * a patient without a boolean `hasRecordNumber`, gives input issues, never a
 * throw.
 *
 * @param item - the item (only its `kind` is read)
 * @param patient - whether the patient has a medical record number
 * @returns the fields, the placement and the rule; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { labelRequirements } from 'duke-records-rules';
 * labelRequirements({ kind: 'paper' }, { hasRecordNumber: true });
 * // { success: true, fields: ['name', 'dateOfBirth', 'recordNumber'], placement: 'every-page',
 * //   handwritingAccepted: true, ruleId: 'label.paper-each-page' }
 * labelRequirements({ kind: 'fax' }, { hasRecordNumber: true }).success; // false
 * ```
 */
export function labelRequirements(item: unknown, patient: unknown): (LabelRequirements & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(RequirementsInputSchema, { item, patient });
  return parsed.success ? { success: true, ...requirementsOf(parsed.data.item, parsed.data.patient) } : parsed;
}

const HasRecordNumberSchema = /* @__PURE__ */ (() => z.object({ hasRecordNumber: z.boolean() }))();
const RequirementsInputSchema = /* @__PURE__ */ (() =>
  z.object({ item: z.object({ kind: z.enum(['paper', 'media']) }), patient: HasRecordNumberSchema }))();
const CheckInputSchema = /* @__PURE__ */ (() => z.object({ item: recordItemSchema, patient: HasRecordNumberSchema }))();

/**
 * `labelRequirements` of a parsed item (shared frozen results).
 *
 * @internal
 * @example
 * ```ts
 * requirementsOf({ kind: 'media' }, { hasRecordNumber: false }).fields; // ['name', 'dateOfBirth']
 * ```
 */
export function requirementsOf(item: Pick<RecordItem, 'kind'>, patient: { readonly hasRecordNumber: boolean }): LabelRequirements {
  return match(item.kind)
    .with('paper', () => (patient.hasRecordNumber ? PAPER_NUMBER : PAPER))
    .with('media', () => (patient.hasRecordNumber ? MEDIA_NUMBER : MEDIA))
    .exhaustive();
}

/**
 * The outcome of {@link checkLabel}.
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkLabel } from 'duke-records-rules';
 * const c = checkLabel({ kind: 'paper', pages: 1, original: false, radiology: [],
 *   label: { name: true, dateOfBirth: true, recordNumber: false, everyPage: false } }, { hasRecordNumber: false });
 * c.success && c.ok; // true: a one-page document marked on its page is marked on every page
 * ```
 */
export interface LabelCheck {
  /** Every required field is marked, on every page for paper. */
  readonly ok: boolean;
  readonly required: readonly LabelField[];
  /** What is lacking: unmarked required fields, and `every-page` when paper marks do not cover every page. */
  readonly missing: readonly LabelGap[];
  readonly ruleId: LabelingRuleId;
}

/**
 * Checks an item's marking against {@link labelRequirements}. Paper marks
 * cover every page when the label says so or the document has one page. A
 * record number marked when the patient has none is not a problem.
 *
 * Any value is accepted: the item is parsed with {@link recordItemSchema}
 * and the patient must have a boolean `hasRecordNumber`; anything else gives
 * input issues, never a throw.
 *
 * @param item - an item, its label included
 * @param patient - whether the patient has a medical record number
 * @returns whether the label is complete and what it lacks; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { checkLabel } from 'duke-records-rules';
 * const c = checkLabel(
 *   { kind: 'media', medium: 'cd', original: false, radiology: [], passwordProtected: false,
 *     passwordEnclosed: false, label: { name: true, dateOfBirth: false, recordNumber: false } },
 *   { hasRecordNumber: true },
 * );
 * c.success && c.missing; // ['dateOfBirth', 'recordNumber']
 * checkLabel({ kind: 'media' }, { hasRecordNumber: true }).success; // false: no medium, no label
 * ```
 */
export function checkLabel(item: unknown, patient: unknown): (LabelCheck & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(CheckInputSchema, { item, patient });
  return parsed.success ? { success: true, ...checkAgainst(parsed.data.item, requirementsOf(parsed.data.item, parsed.data.patient)) } : parsed;
}

function checkAgainst(item: RecordItem, { fields, ruleId }: LabelRequirements): LabelCheck {
  const missing: LabelGap[] = [];
  for (const field of fields) if (!item.label[field]) missing.push(field);
  if (item.kind === 'paper' && !item.label.everyPage && item.pages > 1) missing.push('every-page');
  return { ok: missing.length === 0, required: fields, missing, ruleId };
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
    if (check.ok) return;
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
 * const label = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29' });
 * const { lines, text } = label.success ? label : { lines: [], text: '' };
 * ```
 */
export interface LabelText {
  readonly lines: readonly string[];
  readonly text: string;
}

/**
 * Renders the text to write on a label or page header: the patient's name,
 * date of birth (day, month abbreviation, year: `29 FEB 1980`, which no
 * reader can take for another date) and the record number when the patient
 * has one, each with its caption in `locale`.
 *
 * This is the one function of the library that returns patient data, by
 * design: its output is the patient's own label. Do not log it.
 * {@link evaluateSubmission} never calls it, and no finding, step or message
 * contains its text. It takes a patient as {@link patientSchema} gives it; a
 * date of birth that is not a calendar date is written as given. Any value
 * is accepted: a patient without a string `name` and `dateOfBirth` (and, if
 * given, `recordNumber`), or options that are not an object, give input
 * issues (which never hold the patient's data), never a throw.
 *
 * @param patient - the patient
 * @param options - `locale` of the captions and month names (English when omitted)
 * @returns the lines and the one-line text; or the input issues
 *
 * @category Rules
 * @example
 * ```ts
 * import { formatLabel } from 'duke-records-rules';
 * import { es } from 'duke-records-rules/locales/es';
 * const label = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29', recordNumber: 'D1234567' });
 * label.success && label.text;
 * // 'Patient name: Jane Doe | Date of birth: 29 FEB 1980 | Medical record number: D1234567'
 * const es_ = formatLabel({ name: 'Jane Doe', dateOfBirth: '1980-02-29' }, { locale: es });
 * es_.success && es_.lines;
 * // ['Nombre del paciente: Jane Doe', 'Fecha de nacimiento: 29 FEB 1980']
 * formatLabel({ name: 'Jane Doe' }).success; // false
 * ```
 */
export function formatLabel(patient: unknown, options: { readonly locale?: Locale } | null = {}): (LabelText & { readonly success: true }) | ParseFailure {
  const parsed = parseInput(FormatInputSchema, { patient, options });
  return parsed.success ? { success: true, ...labelTextOf(parsed.data.patient, parsed.data.options?.locale) } : parsed;
}

const FormatInputSchema = /* @__PURE__ */ (() =>
  z.object({
    patient: z.object({ name: z.string().max(200), dateOfBirth: z.string().max(64), recordNumber: z.string().max(64).optional() }),
    options: z.object({ locale: z.unknown().optional() }).nullish(),
  }))();

function labelTextOf(patient: { readonly name: string; readonly dateOfBirth: string; readonly recordNumber?: string | undefined }, locale: unknown): LabelText {
  const words = localeTexts(isLocale(locale) ? locale : ENGLISH, 'toDuke', TO_DUKE_WORDS_EN);
  const dob = patient.dateOfBirth.trim();
  const date = isCalendarDate(dob) ? `${dob.slice(8, 10)} ${words.months[Number(dob.slice(5, 7)) - 1]} ${dob.slice(0, 4)}` : dob;
  const lines = [`${words.labelCaptions.name}: ${patient.name.trim()}`, `${words.labelCaptions.dateOfBirth}: ${date}`];
  if (hasRecordNumber(patient)) lines.push(`${words.labelCaptions.recordNumber}: ${(patient.recordNumber as string).trim()}`);
  return { lines, text: lines.join(' | ') };
}
