import { describe, expect, it } from 'vitest';
import { DIRECTORY_EDITIONS } from './editions';
import { getDestination } from './get-destination';
import { es } from '../locales/es';

const [SEED] = DIRECTORY_EDITIONS;

describe('getDestination', () => {
  it('finds a destination in the edition in force', () => {
    const seed = getDestination('lake-norman-medical-records', { asOf: '2025-06-01' });
    expect(seed.success && seed.edition.id).toBe('seed');
    expect(seed.success && seed.destination?.fax?.display).toBe('(704) 660-4038');
    const now = getDestination('lake-norman-medical-records');
    expect(now.success && now.destination?.fax).toBeNull();
    expect(now.success && now.destination?.notPublished.fax).toMatch(/Release of Information/);
  });

  it('returns null for a department the edition does not have', () => {
    const r = getDestination('duke-release-of-information', { asOf: '2025-10-17' });
    expect(r).toEqual({ success: true, edition: SEED, destination: null });
    const roi = getDestination('duke-release-of-information', { asOf: '2025-10-18' });
    expect(roi.success && roi.destination?.email).toBe('ROI-Requestor3@dm.duke.edu');
  });

  it('fails on an id no edition knows (a typo), unlike an id this edition lacks', () => {
    expect(getDestination('duke-document-managment' as never)).toEqual({
      success: false,
      issues: [{ path: ['id'], code: 'unknown_id', message: 'No item has this id (check its spelling).' }],
    });
    expect(getDestination('lake-norman' as never, { locale: es })).toMatchObject({ success: false, issues: [{ path: ['id'], code: 'unknown_id' }] });
    for (const bad of [undefined, null, 42, {}, ['duke-document-management']])
      expect(getDestination(bad as never)).toMatchObject({ success: false, issues: [{ path: ['id'], code: 'invalid_type' }] });
    for (const edition of DIRECTORY_EDITIONS)
      for (const d of edition.destinations) expect(getDestination(d.id, { asOf: '2025-06-01' }).success).toBe(true);
  });

  it('rejects an invalid asOf with an issue in the locale', () => {
    expect(getDestination('duke-document-management', { asOf: 'yesterday', locale: es })).toEqual({
      success: false,
      issues: [{ path: ['options', 'asOf'], code: 'invalid_as_of', message: 'La opción de fecha de referencia no es una fecha o un instante válido.' }],
    });
  });
});

describe('getDestination with untyped options', () => {
  it('refuses options that are not an object, and an unknown locale', () => {
    expect(getDestination('duke-document-management', null as never).success).toBe(true);
    expect(getDestination('duke-document-management', 'es' as never)).toMatchObject({ success: false, issues: [{ path: ['options'], code: 'invalid_type' }] });
    for (const locale of ['fr', 'es']) {
      expect(getDestination('duke-document-management', { locale } as never)).toMatchObject({
        success: false,
        issues: [{ path: ['options', 'locale'], code: 'invalid_value' }],
      });
    }
    expect(getDestination('duke-document-management', { locale: es }).success).toBe(true);
  });
});
