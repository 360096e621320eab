// Type-checked under node16 from a CommonJS module: `require` conditions and .d.cts types.
import { getDestination, listDestinations } from 'duke-records-rules';
import { getRule, formatMessage } from 'duke-records-rules/catalog';
import { accessDeadline, checkAuthorization } from 'duke-records-rules/hipaa';
import { nextOpening } from 'duke-records-rules/hours';
import { routeRecordsRequest } from 'duke-records-rules/lake-norman';
import { es } from 'duke-records-rules/locales/es';
import { parseUsPhoneNumber } from 'duke-records-rules/phone';
import { evaluateSubmission, type Locale } from 'duke-records-rules/to-duke';
import { detectCarrier } from 'duke-records-rules/tracking';
import { deadlineEvaluator } from 'duke-records-rules/standard-schema';

const rule = getRule('language.interpreter');
export const area: string | undefined = rule?.area;
export const text: string = formatMessage('language.interpreter', es);
const all = listDestinations({ asOf: '2025-10-18' });
export const ids: readonly string[] = all.success ? all.destinations.map((d) => d.id) : [];
export const dm = getDestination('duke-document-management');
const spanish: Locale = es;
export const submission = evaluateSubmission({}, { locale: spanish });
export const route = routeRecordsRequest({}, { asOf: '2026-11-25', locale: es });
export const auth = checkAuthorization({});
export const due = accessDeadline('2026-01-05');
export const next = nextOpening({ timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '17:00' }] } }, 0);
export const phone = parseUsPhoneNumber('919-620-5165');
export const carrier = detectCarrier('1Z999AA10123456784');
export const dueOn = ((r) => (r.issues ? null : r.value.dueOn))(deadlineEvaluator()['~standard'].validate({ receivedOn: '2026-01-05' }));
