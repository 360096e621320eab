// Type-checked under node16 from a CommonJS module: `require` conditions and .d.cts types.
import { getRule, listDestinations } from 'duke-records-rules';
import type * as Hours from 'duke-records-rules/hours';

const rule = getRule('language.interpreter');
export const area: string | undefined = rule?.area;
const all = listDestinations({ asOf: '2025-10-18' });
export const ids: readonly string[] = all.success ? all.destinations.map((d) => d.id) : [];
export type H = typeof Hours;
