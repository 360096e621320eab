// Type-checked under moduleResolution "bundler" and, as an ES module of a "type": "module" project, under "node16": every public entry resolves with its types.
import { evaluateSubmission, getDestination, RULES, type Finding, type RuleDefinition, type Verdict } from 'duke-records-rules';
import { isOpen, type WeeklySchedule } from 'duke-records-rules/hours';
import { toE164 } from 'duke-records-rules/phone';
import { checkTrackingNumber, type TrackingCheck } from 'duke-records-rules/tracking';

const rules: readonly RuleDefinition[] = RULES;
const lookup = getDestination('duke-document-management');
export const fax: string | undefined = lookup.success ? lookup.destination?.fax?.e164 : undefined;
const r = evaluateSubmission({ sender: 'patient' }, { locale: 'es' });
export const verdict: Verdict | null = r.success ? r.verdict : null;
export const findings: readonly Finding[] = r.success ? r.findings : [];
const schedule: WeeklySchedule = { timeZone: 'America/New_York', weekly: {} };
const open = isOpen(schedule, Date.UTC(2026, 0, 1));
export const isOpenNow: boolean = open.success ? open.open : false;
export const e164: string | null = toE164('704 660 4038');
export const tracking: TrackingCheck = checkTrackingNumber('fedex', '123456789012');
export const count: number = rules.length;
