/** Types of scripts/json-schema-lib.mjs, for the tests that import it. */
export type JsonSchema = Record<string, unknown>;
export declare function schemaFileName(exportName: string): string;
export declare function isZodSchema(value: unknown): boolean;
export declare function publicSchemas(barrels: readonly Record<string, unknown>[]): { name: string; exportName: string; schema: unknown }[];
export declare function jsonSchemas(
  z: { toJSONSchema: (schema: any, options: object) => JsonSchema },
  barrels: readonly Record<string, unknown>[],
): Map<string, JsonSchema>;
