import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, readInstalled, renderModule, usMetadata } from '../../scripts/generate-phone-metadata.mjs';
import { US_METADATA, US_METADATA_VERSION } from './us-metadata';

describe('src/phone/us-metadata.ts', () => {
  const installed = readInstalled();

  it('is what the script generates from the installed libphonenumber-js (run `npm run generate:phone-metadata` if not)', () => {
    expect(readFileSync(OUTPUT, 'utf8')).toBe(renderModule(installed.version, installed.max));
  });

  it('was generated from the installed version', () => {
    expect(US_METADATA_VERSION).toBe(installed.version);
    expect(US_METADATA.version).toBe(installed.max.version);
  });

  it('holds the strict (max) US numbering plan, with calling code 1 for the US alone', () => {
    expect(US_METADATA.countries.US).toEqual(installed.max.countries.US);
    expect(US_METADATA.country_calling_codes).toEqual({ 1: ['US'] });
    expect(Object.keys(US_METADATA.countries)).toEqual(['US']);
    expect(US_METADATA.nonGeographic).toEqual({});
  });

  it('refuses metadata without a US entry', () => {
    expect(() => usMetadata({ version: 4, countries: {} })).toThrow('metadata.max.json has no US entry');
    expect(() => usMetadata(null)).toThrow('metadata.max.json has no US entry');
  });
});
