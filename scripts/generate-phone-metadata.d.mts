/** Types of scripts/generate-phone-metadata.mjs, for the tests that import it. */
export declare const OUTPUT: string;
export declare const US_REGIONS: readonly string[];
export declare function readInstalled(): {
  version: string;
  max: { version: number; country_calling_codes: Record<string, string[]>; countries: Record<string, unknown> };
};
export declare function usMetadata(max: unknown): {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic: Record<string, never>;
};
export declare function renderModule(version: string, max: unknown): string;
