// Type-checked under moduleResolution "bundler" and, as an ES module of a "type": "module" project, under "node16": every public entry resolves with its types.
import * as root from 'duke-records-rules';
import { getDestination, type Finding, type Verdict } from 'duke-records-rules';
import { RULES, formatMessage, getRule, type RuleDefinition, type RuleId } from 'duke-records-rules/catalog';
import { accessDeadline, checkAuthorization, type AuthorizationCheck } from 'duke-records-rules/hipaa';
import { isOpen, type WeeklySchedule } from 'duke-records-rules/hours';
import { routeRecordsRequest, type LakeNormanFindingId, type RecordsRoute } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { toE164 } from 'duke-records-rules/phone';
import { evaluateSubmission, type Locale, type ToDukeRuleId } from 'duke-records-rules/to-duke';
import { checkTrackingNumber, type TrackingCheck } from 'duke-records-rules/tracking';
import { directoryToFhir, patientFromFhir, type FhirDirectory, type FhirIssue } from 'duke-records-rules/fhir';
import { submissionEvaluator, type EvaluatorResult, type StandardSchemaV1 } from 'duke-records-rules/standard-schema';

const rules: readonly RuleDefinition[] = RULES;
const lookup = getDestination('duke-document-management');
export const fax: string | undefined = lookup.success ? lookup.destination?.fax?.e164 : undefined;
const spanish: Locale = es;
const r = evaluateSubmission({ sender: 'patient' }, { locale: spanish });
export const verdict: Verdict | null = r.success ? r.verdict : null;
export const findings: readonly Finding<ToDukeRuleId>[] = r.success ? r.findings : [];
// A locale is a value, not a string.
// @ts-expect-error the string 'es' is not a Locale
evaluateSubmission({}, { locale: 'es' });
// The root holds the domains, not the catalog.
// @ts-expect-error RULES is exported by duke-records-rules/catalog only
export const notInRoot = root.RULES;
export const rootRoute = root.routeRecordsRequest;
const route = routeRecordsRequest({}, { asOf: '2026-11-25', locale: es });
export const routeIds: readonly LakeNormanFindingId[] = route.success ? (route satisfies RecordsRoute).ruleIds : [];
export const auth: AuthorizationCheck | null = ((a) => (a.success ? a : null))(checkAuthorization({}, { locale: es }));
export const due = accessDeadline('2026-01-05');
export const id: RuleId | undefined = getRule('language.interpreter')?.id;
export const text: string = formatMessage('carrier.lost-in-transit', es);
const schedule: WeeklySchedule = { timeZone: 'America/New_York', weekly: {} };
const open = isOpen(schedule, Date.UTC(2026, 0, 1), { locale: es });
export const isOpenNow: boolean = open.success ? open.open : false;
export const e164: string | null = toE164('704 660 4038');
export const tracking: TrackingCheck = checkTrackingNumber('fedex', '123456789012');
export const count: number = rules.length;
const directory = directoryToFhir({ asOf: '2026-11-25' });
// the Bundle is typed with the FHIR R4 types of @medplum/fhirtypes, which the package brings
export const fhirBundleType: 'collection' | undefined = directory.success ? ((d: FhirDirectory) => (d.bundle.type === 'collection' ? d.bundle.type : undefined))(directory) : undefined;
export const firstResource: string | undefined = directory.success ? directory.bundle.entry?.[0]?.resource?.resourceType : undefined;
const fromFhir = patientFromFhir({ resourceType: 'Patient', birthDate: '1980' });
export const fhirIssues: readonly FhirIssue[] = fromFhir.success ? [] : fromFhir.issues;
const evaluator: StandardSchemaV1 = submissionEvaluator({ locale: es });
export const vendor: string = evaluator['~standard'].vendor;
export const evaluated: EvaluatorResult<Verdict | null> = { value: null };
export const verdictOf = ((v) => (v.issues ? null : v.value.verdict))(submissionEvaluator()['~standard'].validate({}));
