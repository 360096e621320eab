import { describe, expect, it } from 'vitest';
import { getDestination } from '../directory/get-destination';
import type { Destination } from '../directory/types';
import { nextCallWindow } from './next-call-window';
import { throwingGetters } from '../../test/support/hostile';
import { es } from '../locales/es';

const destination = (id: Destination['id'], asOf: string): Destination => {
  const r = getDestination(id, { asOf });
  if (!r.success || r.destination === null) throw new Error(`no ${id} on ${asOf}`);
  return r.destination;
};
const RULES = ['hours.customer-service', 'hours.follow-up-call'];

describe('nextCallWindow', () => {
  const duke = destination('duke-document-management', '2026-11-06');

  it('says to call now while Document Management customer service is open', () => {
    expect(nextCallWindow(duke, '2026-11-06T10:00:00-05:00')).toEqual({
      success: true,
      status: 'open-now',
      from: { utc: '2026-11-06T15:00:00.000Z', epochMs: Date.UTC(2026, 10, 6, 15), local: '2026-11-06T10:00:00', offset: '-05:00', timeZone: 'America/New_York' },
      until: { utc: '2026-11-06T21:30:00.000Z', epochMs: Date.UTC(2026, 10, 6, 21, 30), local: '2026-11-06T16:30:00', offset: '-05:00', timeZone: 'America/New_York' },
      ruleIds: RULES,
    });
  });

  it('gives the next window when closed, in both directory editions', () => {
    for (const asOf of ['2025-01-01', '2026-11-06']) {
      const w = nextCallWindow(destination('duke-document-management', asOf), '2026-11-06T17:00:00-05:00');
      expect(w.success && w.status === 'opens-later' && [w.from.local, w.until?.local, w.ruleIds]).toEqual(['2026-11-09T08:00:00', '2026-11-09T16:30:00', RULES]);
    }
  });

  it('says when hours are not published, with the directory reason', () => {
    expect(nextCallWindow(destination('lake-norman-medical-records', '2026-01-05'), Date.UTC(2026, 0, 5, 15))).toEqual({
      success: true,
      status: 'hours-not-published',
      reason: 'The page publishes no hours.',
      ruleIds: [],
    });
    expect(nextCallWindow(destination('lake-norman-medical-records', '2025-01-05'), 0)).toEqual({
      success: true,
      status: 'hours-not-published',
      reason: 'The page publishes no hours for the Lake Norman Medical Records Department.',
      ruleIds: [],
    });
    expect(nextCallWindow({ ...duke, hours: null, notPublished: {} }, 0)).toEqual({ success: true, status: 'hours-not-published', reason: null, ruleIds: [] });
  });

  it('covers schedules that never open or never close', () => {
    expect(nextCallWindow({ ...duke, hours: { timeZone: 'UTC', weekly: {} } }, 0)).toEqual({ success: true, status: 'no-opening', reason: 'no-weekly-hours', ruleIds: RULES });
    const full = [{ start: '00:00', end: '24:00' }];
    const always = { timeZone: 'UTC', weekly: { monday: full, tuesday: full, wednesday: full, thursday: full, friday: full, saturday: full, sunday: full } };
    const w = nextCallWindow({ ...duke, hours: always }, 0);
    expect(w.success && w.status === 'open-now' && w.until).toBeNull();
  });

  it('reports bad input as issues, never throwing', () => {
    expect(nextCallWindow(null as never, 0)).toEqual({ success: false, issues: [{ path: ['destination'], code: 'invalid_type', message: 'This value has the wrong type.' }] });
    expect(nextCallWindow('duke-document-management' as never, 0)).toEqual({
      success: false,
      issues: [{ path: ['destination'], code: 'invalid_type', message: 'This value has the wrong type.' }],
    });
    // Issues about the destination are in the locale asked for too; bad options are reported first.
    expect(nextCallWindow(null as never, 0, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['destination'], code: 'invalid_type', message: 'Este valor tiene un tipo incorrecto.' }],
    });
    expect(nextCallWindow(throwingGetters(['hours']) as never, 0, { locale: es })).toEqual({
      success: false,
      issues: [{ path: ['destination'], code: 'unreadable_input', message: 'No se pudo leer la entrada.' }],
    });
    for (const locale of ['fr', 'es']) {
      expect(nextCallWindow(null as never, 0, { locale } as never)).toEqual({
        success: false,
        issues: [{ path: ['options'], code: 'invalid_value', message: 'This value is not one of the allowed options.' }],
      });
    }
    expect(nextCallWindow(throwingGetters(['hours']) as never, 0)).toEqual({
      success: false,
      issues: [{ path: ['destination'], code: 'unreadable_input', message: 'The input could not be read.' }],
    });
    expect(nextCallWindow({ ...duke, hours: { timeZone: 'Nowhere/City', weekly: {} } }, 'soon', { locale: es })).toEqual({
      success: false,
      issues: [
        { path: ['destination', 'hours', 'timeZone'], code: 'invalid_time_zone', message: 'Esta no es una zona horaria IANA conocida.' },
        { path: ['at'], code: 'invalid_instant', message: 'Este no es un instante válido.' },
      ],
    });
    expect(nextCallWindow({} as never, 0)).toEqual({
      success: false,
      issues: [{ path: ['destination', 'hours'], code: 'missing', message: 'This field is required.', expected: 'object' }],
    });
  });
});
