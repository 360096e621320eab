// The results of the four evaluators as zod schemas, written to
// dist/json-schema/results/<name>.json by scripts/json-schema.mjs: what a
// caller (or a CLI's `--json`) gets back from evaluateSubmission,
// routeRecordsRequest, checkAuthorization and accessDeadline, success or
// ParseFailure.
//
// Kept in agreement with the TypeScript result types twice over:
// test/json-schema/results.test.ts checks at the type level that each
// schema's output type is the evaluator's return type (readonly and
// `| undefined` aside), and at run time that the real results of hundreds of
// inputs validate (with zod, ajv and Python's jsonschema). Rule ids, editions
// and destination ids are read from the library at build time (the catalog's
// RULES by area, DIRECTORY_EDITIONS), so a new rule flows in.
import type { z as Z } from 'zod';
import type { InputIssueCode, RuleArea, RuleDefinition } from '../src/core/types';

/** The `$id` base of the result files (see scripts/json-schema-lib.mjs). */
const ID_BASE = 'https://unpkg.com/duke-records-rules@{version}/dist/json-schema/results/';

/** Every InputIssueCode (the type test checks this list is exactly the type). */
export const INPUT_ISSUE_CODES = [
  'missing',
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'too_small',
  'too_big',
  'invalid_date',
  'date_in_future',
  'date_order',
  'invalid_as_of',
  'unreadable_input',
  'invalid_input',
  'invalid_instant',
  'invalid_time_zone',
  'time_order',
  'unknown_id',
] as const satisfies readonly InputIssueCode[];

/** Every USPS state code (the type test checks this list is exactly UspsStateCode). */
export const USPS_STATE_CODES = [
  ...['AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO'],
  ...['MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY'],
  ...['DC', 'AS', 'GU', 'MP', 'PR', 'VI', 'UM', 'FM', 'MH', 'PW', 'AA', 'AE', 'AP'],
] as const satisfies readonly import('../src/directory/types').UspsStateCode[];
/** Every InputExpected (the type test checks this list is exactly the type). */
export const INPUT_EXPECTED = [
  'string',
  'number',
  'integer',
  'boolean',
  'array',
  'object',
  'date',
  'instant',
  'email',
] as const satisfies readonly import('../src/core/types').InputExpected[];

/** What the result schemas read from the library at run time. */
export interface ResultSources {
  readonly RULES: readonly RuleDefinition[];
  readonly DIRECTORY_EDITIONS: readonly { readonly id: string; readonly destinations: readonly { readonly id: string }[] }[];
}

/** A string enum over values read at run time, typed as the union the TS types name. */
const enumOf = <T extends string>(z: typeof Z, values: readonly string[]): Z.ZodType<T> => {
  const unique = [...new Set(values)].sort();
  if (unique.length === 0) throw new Error('result-schemas: an empty enum');
  return z.enum(unique as [T, ...T[]]) as unknown as Z.ZodType<T>;
};

/**
 * The result schemas, built with the given zod and the library's data.
 * @param z the `z` of zod v4
 * @param sources the catalog's RULES and the directory editions
 */
export function resultSchemas(z: typeof Z, sources: ResultSources) {
  const ids = (...areas: RuleArea[]) => sources.RULES.filter((r) => areas.includes(r.area)).map((r) => r.id);
  const date = z.string().regex(/^[0-9]{4,}-[0-9]{2}-[0-9]{2}$/) as unknown as Z.ZodType<`${number}-${number}-${number}`>;
  const severity = z.enum(['error', 'warning', 'info']);
  const edition = enumOf<import('../src/core/types').EditionId>(z, sources.DIRECTORY_EDITIONS.map((e) => e.id));
  const path = z.array(z.union([z.string(), z.number().int().min(0)])).readonly();
  const finding = <T extends string>(ruleId: Z.ZodType<T>) =>
    z.strictObject({ ruleId, severity, message: z.string().min(1), path: path.optional() }).readonly();
  // an input issue and its optional details (schema constants: see InputIssue)
  const limit = z.strictObject({ value: z.number(), inclusive: z.boolean(), of: z.enum(['value', 'length', 'items']) }).readonly();
  const issue = z
    .strictObject({
      path,
      code: z.enum(INPUT_ISSUE_CODES),
      message: z.string().min(1),
      expected: z.enum(INPUT_EXPECTED).optional(),
      allowed: z.array(z.string()).min(1).readonly().optional(),
      minimum: limit.optional(),
      maximum: limit.optional(),
    })
    .readonly();
  const failure = z
    .strictObject({
      success: z.literal(false),
      issues: z.array(issue).min(1).readonly(),
    })
    .readonly();

  // to-duke
  type ToDukeRuleId = import('../src/to-duke').ToDukeRuleId;
  const toDukeId = enumOf<ToDukeRuleId>(
    z,
    ids('labeling', 'channels', 'originals', 'carriers', 'passwords', 'follow-up', 'notify', 'tracking', 'hours').concat('language.interpreter'),
  );
  type ChannelRuleId = import('../src/to-duke').ChannelRuleId;
  const channelKind = z.enum(['appointment-copies', 'clinic-upload', 'fax', 'email', 'mail']);
  const carrier = z.enum(['fedex', 'ups', 'usps', 'other']);
  const radiology = z.array(z.enum(['ct', 'mri', 'x-ray', 'other'])).readonly();
  const marks = { name: z.boolean(), dateOfBirth: z.boolean(), recordNumber: z.boolean(), method: z.enum(['handwritten', 'printed']).optional() };
  const item = z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('paper'), pages: z.number().int(), original: z.boolean(), radiology, label: z.strictObject({ ...marks, everyPage: z.boolean() }).readonly() }).readonly(),
    z
      .strictObject({
        kind: z.literal('media'),
        medium: z.enum(['cd', 'dvd', 'usb-drive', 'external-hard-drive', 'other']),
        original: z.boolean(),
        radiology,
        passwordProtected: z.boolean(),
        passwordEnclosed: z.boolean(),
        label: z.strictObject(marks).readonly(),
      })
      .readonly(),
  ]);
  const submission = z.discriminatedUnion('success', [
    z
      .strictObject({
        success: z.literal(true),
        edition,
        submission: z
          .strictObject({
            sender: z.enum(['patient', 'external-clinic', 'other']),
            patient: z.strictObject({ hasRecordNumber: z.boolean() }).readonly(),
            items: z.array(item).readonly(),
            channel: z
              .discriminatedUnion('kind', [
                z.strictObject({ kind: z.literal('appointment-copies') }).readonly(),
                z.strictObject({ kind: z.literal('clinic-upload') }).readonly(),
                z.strictObject({ kind: z.literal('fax') }).readonly(),
                z.strictObject({ kind: z.literal('email') }).readonly(),
                z.strictObject({ kind: z.literal('mail'), carrier, hasTrackingNumber: z.boolean() }).readonly(),
              ])
              .optional(),
            actions: z.strictObject({ notifiedMedicalRecords: z.boolean(), followUp: z.enum(['phone', 'email']).optional() }).readonly(),
            preferredLanguage: z.string().optional(),
          })
          .readonly(),
        verdict: z.enum(['accepted', 'accepted-with-warnings', 'not-accepted']),
        findings: z.array(finding(toDukeId)).readonly(),
        channels: z
          .array(
            z
              .strictObject({
                channel: channelKind,
                rank: z.number().int().min(1),
                level: z.enum(['required', 'recommended', 'accepted', 'last-resort', 'not-accepted']),
                accepted: z.boolean(),
                ruleIds: z.array(enumOf<ChannelRuleId>(z, ids('channels'))).readonly(),
              })
              .readonly(),
          )
          .readonly(),
        steps: z
          .array(
            z
              .strictObject({
                id: z.enum(['notify-first', 'label', 'copies-only', 'choose-channel', 'keep-password-apart', 'send', 'follow-up', 'when-to-call']),
                ruleIds: z.array(toDukeId).readonly(),
                text: z.string().min(1),
              })
              .readonly(),
          )
          .readonly(),
      })
      .readonly(),
    failure,
  ]);

  // lake-norman
  type LakeNormanFindingId = import('../src/lake-norman').LakeNormanFindingId;
  type LakeNormanRuleId = import('../src/lake-norman').LakeNormanRuleId;
  type SignerRuleId = import('../src/lake-norman').SignerRuleId;
  type DestinationId = import('../src/index').DestinationId;
  const lnId = enumOf<LakeNormanFindingId>(z, ids('lake-norman', 'signer').concat('language.interpreter'));
  const lnIds = z.array(lnId).readonly();
  const signerId = enumOf<SignerRuleId>(z, ids('signer'));
  const destinationId = enumOf<DestinationId>(z, sources.DIRECTORY_EDITIONS.flatMap((e) => e.destinations.map((d) => d.id)));
  const phone = z.strictObject({ e164: z.string().regex(/^\+1[0-9]{10}$/), display: z.string().min(1) }).readonly();
  const addressName = z.string().min(1).nullable();
  const addressBase = {
    lines: z.array(z.string().min(1)).min(1).readonly(),
    attention: addressName,
    recipient: addressName,
    organization: addressName,
    city: z.string().min(1),
    state: z.enum(USPS_STATE_CODES),
    zip: z.string().regex(/^[0-9]{5}(?:-[0-9]{4})?$/),
    country: z.literal('US'),
    ambiguity: z.strictObject({ note: z.string().min(1), reading: z.string().min(1) }).readonly().optional(),
  };
  const address = z.union([
    z.strictObject({ ...addressBase, street: z.array(z.string().min(1)).min(1).readonly(), poBox: z.null() }).readonly(),
    z.strictObject({ ...addressBase, street: z.array(z.never()).readonly(), poBox: z.string().min(1) }).readonly(),
  ]);
  const form = z.strictObject({ title: z.string().min(1), language: z.enum(['en', 'es']), format: z.literal('PDF'), sizeKb: z.number().positive() }).readonly();
  const situation = z.enum(['adult', 'minor', 'unable-to-sign', 'deceased']);
  const role = z.enum(['patient', 'legal-representative', 'custodial-parent', 'legal-guardian', 'next-of-kin', 'personal-representative']);
  const proof = z.enum(['guardianship', 'guardianship-indicates-disability']);
  const requestChannel = z.enum(['online-request', 'patient-portal', 'fax', 'email', 'mail', 'phone']);
  const time = z.string().regex(/^(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/);
  const day = z.array(z.strictObject({ start: time, end: time }).readonly()).readonly().optional();
  const schedule = z
    .strictObject({
      timeZone: z.string().min(1),
      weekly: z
        .strictObject({ monday: day, tuesday: day, wednesday: day, thursday: day, friday: day, saturday: day, sunday: day })
        .readonly(),
      closures: z
        .array(z.union([z.strictObject({ date: z.string() }).readonly(), z.strictObject({ from: z.string(), to: z.string() }).readonly()]))
        .readonly()
        .optional(),
    })
    .readonly();
  const portalId = z.enum(['patient-portal', 'my-duke-health', 'myhealthhome', 'athenahealth']);
  const text = z.string().min(1);
  const destination = z
    .strictObject({
      id: destinationId,
      name: text,
      organization: text,
      edition,
      source: z.strictObject({ url: z.url(), title: text, section: text }).readonly(),
      phone: phone.nullable(),
      fax: phone.nullable(),
      email: z.email().nullable(),
      mailingAddress: address.nullable(),
      physicalAddress: address.nullable(),
      hours: schedule.nullable(),
      notPublished: z
        .strictObject({
          phone: text.optional(),
          fax: text.optional(),
          email: text.optional(),
          mailingAddress: text.optional(),
          physicalAddress: text.optional(),
          hours: text.optional(),
        })
        .readonly(),
      handles: z.array(z.enum(['records-to-duke', 'records-requests', 'completed-request-forms'])).readonly(),
      forms: z.array(form).readonly(),
      portals: z
        .array(
          z
            .strictObject({
              id: portalId,
              name: text,
              holds: text,
              availability: z.strictObject({ from: date, minMonths: z.number().int(), maxMonths: z.number().int() }).readonly().nullable(),
            })
            .readonly(),
        )
        .readonly(),
      onlineRequest: z.strictObject({ recommended: z.boolean() }).readonly().nullable(),
    })
    .readonly();
  const sendChannels = [
    z.strictObject({ channel: z.literal('fax'), level: z.literal('accepted'), lineId: z.enum(['lake-norman-fax', 'document-management-fax', 'release-of-information-fax']), destinationId, fax: phone, ruleIds: lnIds }).readonly(),
    z.strictObject({ channel: z.literal('email'), level: z.literal('accepted'), destinationId, email: z.email(), ruleIds: lnIds }).readonly(),
    z.strictObject({ channel: z.literal('mail'), level: z.literal('accepted'), destinationId, mailingAddress: address, ruleIds: lnIds }).readonly(),
  ] as const;
  const routeChannel = z.discriminatedUnion('channel', [
    z.strictObject({ channel: z.literal('online-request'), level: z.literal('recommended'), ruleIds: lnIds }).readonly(),
    z
      .strictObject({
        channel: z.literal('patient-portal'),
        level: z.literal('recommended'),
        portals: z
          .array(
            z
              .strictObject({
                id: portalId,
                name: text,
                holds: text,
                status: z.enum(['current', 'available', 'may-no-longer-be-available', 'no-longer-available', 'unverified']),
                ruleId: enumOf<LakeNormanRuleId>(z, ids('lake-norman')),
                period: z.strictObject({ from: date, minEnd: date, maxEnd: date }).readonly().nullable(),
              })
              .readonly(),
          )
          .readonly(),
        ruleIds: lnIds,
      })
      .readonly(),
    ...sendChannels,
  ]);
  const step = { text, ruleIds: lnIds };
  const route = z.discriminatedUnion('success', [
    z
      .strictObject({
        success: z.literal(true),
        edition,
        asOf: date.nullable(),
        request: z
          .strictObject({
            requester: z.enum(['patient', 'legal-representative', 'provider', 'insurance-company', 'attorney', 'other-third-party']),
            recipient: z.enum(['patient', 'third-party']),
            purpose: z.enum(['patient-care', 'other']),
            channel: requestChannel.nullable(),
            formLanguage: z.enum(['en', 'es']),
            situation,
            signerRole: role,
            proofHeld: z.array(proof).readonly(),
            interpreterNotice: z.boolean(),
            legacyRecords: z.enum(['yes', 'no', 'unknown']),
          })
          .readonly(),
        ready: z.boolean(),
        channels: z.array(routeChannel).readonly(),
        requestedChannel: z.strictObject({ channel: requestChannel, accepted: z.boolean(), alternative: routeChannel.nullable(), ruleIds: lnIds }).readonly().nullable(),
        destination,
        hospital: destination,
        form,
        signer: z
          .strictObject({
            situation,
            ageCheck: z.enum(['not-applicable', 'under-18', '18-or-older', 'unverified']),
            allowed: z.boolean(),
            allowedRoles: z.array(role).readonly(),
            missingProof: z.array(proof).readonly(),
            complete: z.boolean(),
            findings: z.array(finding(signerId)).readonly(),
            ruleIds: z.array(signerId).readonly(),
          })
          .readonly(),
        findings: z.array(finding(lnId)).readonly(),
        steps: z
          .array(
            z.discriminatedUnion('action', [
              z.strictObject({ action: z.literal('check-portal'), ...step }).readonly(),
              z.strictObject({ action: z.literal('request-online'), ...step }).readonly(),
              z.strictObject({ action: z.literal('complete-form'), form, ...step }).readonly(),
              z.strictObject({ action: z.literal('sign-authorization'), allowedRoles: z.array(role).readonly(), missingProof: z.array(proof).readonly(), ...step }).readonly(),
              z.strictObject({ action: z.literal('send-form'), via: z.discriminatedUnion('channel', [...sendChannels]), ...step }).readonly(),
              z.strictObject({ action: z.literal('ask-questions'), phone, ...step }).readonly(),
            ]),
          )
          .readonly(),
        ruleIds: lnIds,
      })
      .readonly(),
    failure,
  ]);

  // hipaa
  type AuthorizationFindingId = import('../src/hipaa').AuthorizationCheckRuleId | SignerRuleId;
  const comparison = z.enum(['same', 'undecided', 'not-given']);
  type HipaaAccessRuleId = import('../src/hipaa').HipaaAccessRuleId;
  const authorization = z.discriminatedUnion('success', [
    z
      .strictObject({
        success: z.literal(true),
        valid: z.boolean(),
        complete: z.boolean(),
        signed: z.boolean(),
        request: z.strictObject({ recipient: comparison, information: comparison }).readonly().nullable(),
        findings: z.array(finding(enumOf<AuthorizationFindingId>(z, ids('hipaa-authorization', 'hipaa-validity', 'signer')))).readonly(),
      })
      .readonly(),
    failure,
  ]);
  const accessId = enumOf<HipaaAccessRuleId>(z, ids('hipaa-access'));
  const access = z.discriminatedUnion('success', [
    z
      .strictObject({
        success: z.literal(true),
        dueOn: date,
        extended: z.boolean(),
        daysRemaining: z.number().int().nullable(),
        ruleIds: z.array(accessId).readonly(),
        findings: z.array(finding(accessId)).readonly(),
      })
      .readonly(),
    failure,
  ]);

  return {
    /** evaluateSubmission → SubmissionResult */
    'submission-result': submission,
    /** routeRecordsRequest → RecordsRoute | ParseFailure */
    'records-route': route,
    /** checkAuthorization → AuthorizationCheck | ParseFailure */
    'authorization-check': authorization,
    /** accessDeadline → AccessDeadline | ParseFailure */
    'access-deadline': access,
  };
}

/** The evaluator each result file describes, for the titles. */
const EVALUATORS: Record<keyof ReturnType<typeof resultSchemas>, string> = {
  'submission-result': 'evaluateSubmission',
  'records-route': 'routeRecordsRequest',
  'authorization-check': 'checkAuthorization',
  'access-deadline': 'accessDeadline',
};

/**
 * The result schemas as JSON Schema (draft 2020-12), by file name.
 * @param z the `z` of zod v4
 * @param barrels module namespaces that export RULES (the catalog) and DIRECTORY_EDITIONS (the root)
 * @param options the package version, for the `$id`s
 */
export function resultJsonSchemas(z: typeof Z, barrels: readonly Record<string, unknown>[], options: { version?: string } = {}): Map<string, Record<string, unknown>> {
  const pick = (name: string): unknown => {
    const barrel = barrels.find((b) => name in b);
    if (barrel === undefined) throw new Error(`result-schemas: the barrels do not export ${name}`);
    return barrel[name];
  };
  const schemas = resultSchemas(z, { RULES: pick('RULES') as ResultSources['RULES'], DIRECTORY_EDITIONS: pick('DIRECTORY_EDITIONS') as ResultSources['DIRECTORY_EDITIONS'] });
  const out = new Map<string, Record<string, unknown>>();
  for (const [name, schema] of Object.entries(schemas)) {
    const { $schema, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'throw' });
    const evaluator = EVALUATORS[name as keyof typeof EVALUATORS];
    out.set(name, {
      $schema,
      $id: `${ID_BASE.replace('{version}', options.version ?? '0.0.0')}${name}.json`,
      title: `duke-records-rules ${evaluator} result`,
      $comment: `What ${evaluator} returns (and a CLI's --json prints): the success object, or { success: false, issues }. Generated from scripts/result-schemas.ts; rule ids, editions and destinations are the library's at build time.`,
      ...rest,
    });
  }
  return out;
}
