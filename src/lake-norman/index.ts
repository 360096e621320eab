/**
 * Requesting records from Duke Health Lake Norman Hospital: who may sign
 * the authorization, which fax line takes which request, the patient
 * portals and their dates, and `routeRecordsRequest`, which gives the
 * channels, the findings and the requester's steps in the locale asked for
 * (English by default; `import { es } from 'duke-records-rules/locales/es'`).
 *
 * @module lake-norman
 * @categoryDescription Route
 * The entry function and its result.
 * @categoryDescription Rules
 * One decision per rule, each usable alone.
 * @categoryDescription Schemas
 * zod schemas (Standard Schema) of the input.
 */
// Barrel of `duke-records-rules/lake-norman`: re-exports only.
export type { Finding } from '../core/finding';
export type { EntryOptions } from '../core/parse-options';
export type { Locale } from '../core/locale';
export type { AsOf, CalendarDate, EditionId, InputExpected, InputIssue, InputIssueCode, InputLimit, InputPath, ParseFailure, Severity } from '../core/types';
export {
  PATIENT_SITUATIONS,
  SIGNER_ROLES,
  PROOF_KINDS,
  patientSituationSchema,
  signerSchema,
  type PatientSituationKind,
  type SignerRole,
  type ProofKind,
  type PatientSituation,
  type Signer,
} from './signer/signer-schema';
export {
  checkSigner,
  signerRequirements,
  type SignerRuleId,
  type AgeCheck,
  type SignerVerdict,
  type SignerInput,
  type SignerCheck,
  type SignerRequirements,
  type SignerRequirementsResult,
} from './signer/signer';
export {
  REQUESTERS,
  PATIENT_CARE_REQUESTERS,
  RECIPIENTS,
  PURPOSES,
  REQUEST_CHANNELS,
  FORM_LANGUAGES,
  recordsRequestSchema,
  faxRequestSchema,
  type Requester,
  type Recipient,
  type Purpose,
  type RequestChannel,
  type FormLanguage,
  type RecordsRequest,
  type RecordsRequestInput,
  type FaxRequest,
} from './schemas/records-request';
export type { LakeNormanRuleId } from './rules';
export type { RequestChannelRuleId } from './request-channels/rules';
export type { PortalRuleId } from './portals/rules';
export type { FaxLineRuleId } from './fax-line/rules';
export type { FormRuleId } from './forms/rules';
export type { LakeNormanFindingId } from './rule-id';
export { portalAvailability, type PortalStatus, type PortalAvailability } from './portals/portals';
export {
  FAX_LINE_IDS,
  faxLineAccepts,
  type FaxLineId,
  type FormDelivery,
  type FaxLineDecision,
  type FaxLineVerdict,
} from './fax-line/fax-line';
export {
  routeRecordsRequest,
  type RouteChannel,
  type SendChannel,
  type RequestedChannelVerdict,
  type RouteStep,
  type RecordsRequestSummary,
  type RecordsRoute,
} from './route-records-request/route-records-request';
