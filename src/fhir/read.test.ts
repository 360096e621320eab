import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../core/locale';
import { fhirDate, json, list, modified, readOptions, some } from './read';

describe('the shared FHIR reading steps', () => {
  it('fhirDate keeps full dates, cuts date-times to their date and marks partial dates', () => {
    expect(['2026-01-31', '2026-01-31T23:59:59-05:00', '2026', '2026-01', 'soon', '2026-1-3'].map(fhirDate)).toEqual([
      '2026-01-31',
      '2026-01-31',
      'partial',
      'partial',
      'soon',
      '2026-1-3',
    ]);
  });

  it('modified finds a modifier extension at the places named, and only non-empty ones', () => {
    expect(modified({}, [[], ['provision']], ENGLISH)).toBeNull();
    expect(modified({ modifierExtension: [], provision: { modifierExtension: [] } }, [[], ['provision']], ENGLISH)).toBeNull();
    expect(modified({ provision: { modifierExtension: [{}] } }, [[], ['provision']], ENGLISH)?.issues.map((i) => [i.path, i.code])).toEqual([[['provision', 'modifierExtension'], 'not_understood']]);
  });

  it('list reads at most 500 items, and refuses more before reading any', () => {
    expect(list(z.string()).safeParse(['a']).data).toEqual(['a']);
    const long = list(z.string()).safeParse(new Array(5001));
    expect(long.error?.issues.map((i) => [i.code, i.path])).toEqual([['too_big', []]]);
  });

  it('json leaves out undefined keys; some leaves out empty lists', () => {
    expect(json({ a: 1, b: undefined, c: [{ d: undefined }] })).toEqual({ a: 1, c: [{}] });
    expect([some([]), some([1])]).toEqual([undefined, [1]]);
  });

  it('readOptions reads the common options and the function’s own, under options', () => {
    const schema = z.object({ system: z.string().optional() });
    expect(readOptions(null, schema)).toEqual({ success: true, locale: ENGLISH, asOf: null, own: {} });
    expect(readOptions({ asOf: '2026-01-02', system: 'urn:x' }, schema)).toMatchObject({ success: true, asOf: '2026-01-02', own: { system: 'urn:x' } });
    expect(readOptions({ system: 1 }, schema)).toMatchObject({ success: false, issues: [{ path: ['options', 'system'], code: 'invalid_type' }] });
  });
});
