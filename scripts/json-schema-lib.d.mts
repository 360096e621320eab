/** Types of scripts/json-schema-lib.mjs, for the tests that import it. */
export type JsonSchema = Record<string, any>;
export declare const ID_BASE: string;
export declare const JS_SPACE: string;
export declare const LIMITS: Readonly<Record<'time-order' | 'closure-order' | 'revocation-order' | 'zone-runtime', string>>;
export type LimitLabel = keyof typeof LIMITS;
export declare const OBJECT_RULES: readonly { id: string; keys: string[]; limits?: LimitLabel[] }[];
export declare function schemaFileName(exportName: string): string;
export declare function isZodSchema(value: unknown): boolean;
export declare function publicSchemas(barrels: readonly Record<string, unknown>[]): { name: string; exportName: string; schema: unknown }[];
export declare function jsonSchemas(
  z: { toJSONSchema: (schema: any, options: object) => JsonSchema },
  barrels: readonly Record<string, unknown>[],
  options?: { version?: string; requireAllRules?: boolean },
): Map<string, JsonSchema>;
