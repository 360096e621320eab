// Type-checked under moduleResolution "bundler": every public entry resolves with its types.
import { getDestination, RULES, type RuleDefinition } from 'duke-records-rules';
import type * as Hours from 'duke-records-rules/hours';
import type * as Phone from 'duke-records-rules/phone';
import type * as Tracking from 'duke-records-rules/tracking';

const rules: readonly RuleDefinition[] = RULES;
const lookup = getDestination('duke-document-management');
export const fax: string | undefined = lookup.success ? lookup.destination?.fax?.e164 : undefined;
export type Entries = [typeof Hours, typeof Phone, typeof Tracking];
export const count: number = rules.length;
