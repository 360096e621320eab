import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, readInstalled, renderModule, US_REGIONS, usMetadata } from '../../scripts/generate-phone-metadata.mjs';
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

  it('holds the strict (max) numbering plans of the US and its territories, with calling code 1 for them alone, US first', () => {
    expect(US_REGIONS).toEqual(['US', 'AS', 'GU', 'MP', 'PR', 'VI']);
    for (const region of US_REGIONS) expect(US_METADATA.countries[region as 'US']).toEqual(installed.max.countries[region]);
    expect(US_METADATA.country_calling_codes).toEqual({ 1: ['US', 'AS', 'GU', 'MP', 'PR', 'VI'] });
    expect(Object.keys(US_METADATA.countries)).toEqual(['US', 'AS', 'GU', 'MP', 'PR', 'VI']);
    expect(US_METADATA.nonGeographic).toEqual({});
    // max lists more countries under calling code 1 (Canada, the Caribbean): they are left out
    expect(installed.max.country_calling_codes[1]).toContain('CA');
  });

  it('refuses metadata that lacks the US or a territory, or does not list the US first', () => {
    const { max } = installed;
    expect(() => usMetadata({ version: 4, countries: {} })).toThrow('metadata.max.json lacks calling code 1 for US, AS, GU, MP, PR, VI');
    expect(() => usMetadata(null)).toThrow('metadata.max.json lacks calling code 1 for US, AS, GU, MP, PR, VI');
    const withoutGuam = { ...max, countries: { ...max.countries, GU: undefined } };
    expect(() => usMetadata(withoutGuam)).toThrow('metadata.max.json lacks calling code 1 for GU');
    const prFirst = { ...max, country_calling_codes: { ...max.country_calling_codes, 1: ['PR', 'US', 'AS', 'GU', 'MP', 'VI'] } };
    expect(() => usMetadata(prFirst)).toThrow('metadata.max.json lacks calling code 1 for US first');
  });
});
