// Type-checked under node16 from a CommonJS module: `require` conditions and .d.cts types.
import { accessDeadline, checkAuthorization, getRule, listDestinations, routeRecordsRequest } from 'duke-records-rules';
import { nextOpening } from 'duke-records-rules/hours';
import { parseUsPhoneNumber } from 'duke-records-rules/phone';
import { detectCarrier } from 'duke-records-rules/tracking';

const rule = getRule('language.interpreter');
export const area: string | undefined = rule?.area;
const all = listDestinations({ asOf: '2025-10-18' });
export const ids: readonly string[] = all.success ? all.destinations.map((d) => d.id) : [];
export const route = routeRecordsRequest({}, { asOf: '2026-11-25' });
export const auth = checkAuthorization({});
export const due = accessDeadline('2026-01-05');
export const next = nextOpening({ timeZone: 'UTC', weekly: { monday: [{ start: '09:00', end: '17:00' }] } }, 0);
export const phone = parseUsPhoneNumber('919-620-5165');
export const carrier = detectCarrier('1Z999AA10123456784');
