import { describe, expect, it } from 'vitest';
import { formatWeeklyHours } from './hours-text';
import { ENGLISH } from '../../core/locale';
import { es } from '../../locales/es';

const day = (start: string, end: string) => [{ start, end }];

describe('formatWeeklyHours', () => {
  it('groups consecutive days with the same hours', () => {
    const schedule = {
      timeZone: 'America/New_York',
      weekly: { monday: day('08:00', '16:30'), tuesday: day('08:00', '16:30'), wednesday: day('08:00', '16:30') },
    };
    expect(formatWeeklyHours(schedule, ENGLISH)).toBe('Monday to Wednesday, 8:00 am to 4:30 pm (Eastern time)');
    expect(formatWeeklyHours(schedule, es)).toBe('de lunes a miércoles, de 8:00 a. m. a 4:30 p. m. (hora del Este)');
  });

  it('splits on a gap or different hours, and lists several intervals of a day', () => {
    const schedule = {
      timeZone: 'America/Chicago',
      weekly: {
        monday: [
          { start: '00:00', end: '12:00' },
          { start: '13:05', end: '23:59' },
        ],
        tuesday: day('09:00', '17:00'),
        thursday: day('09:00', '17:00'),
        saturday: day('12:30', '13:00'),
        sunday: day('12:30', '13:00'),
      },
    };
    expect(formatWeeklyHours(schedule, ENGLISH)).toBe(
      'Monday, 12:00 am to 12:00 pm and 1:05 pm to 11:59 pm; Tuesday, 9:00 am to 5:00 pm; Thursday, 9:00 am to 5:00 pm; Saturday to Sunday, 12:30 pm to 1:00 pm (America/Chicago)',
    );
    expect(formatWeeklyHours(schedule, es)).toBe(
      'lunes, de 12:00 a. m. a 12:00 p. m. y de 1:05 p. m. a 11:59 p. m.; martes, de 9:00 a. m. a 5:00 p. m.; jueves, de 9:00 a. m. a 5:00 p. m.; de sábado a domingo, de 12:30 p. m. a 1:00 p. m. (America/Chicago)',
    );
  });

  it('writes the clock as the hours messages do, midnight as an end included', () => {
    const schedule = { timeZone: 'America/New_York', weekly: { friday: day('18:00', '24:00'), saturday: day('00:00', '24:00') } };
    expect(formatWeeklyHours(schedule, ENGLISH)).toBe('Friday, 6:00 pm to 12:00 am; Saturday, 12:00 am to 12:00 am (Eastern time)');
    expect(formatWeeklyHours(schedule, es)).toBe('viernes, de 6:00 p. m. a 12:00 a. m.; sábado, de 12:00 a. m. a 12:00 a. m. (hora del Este)');
    // The same style as the catalog's hours messages, in both languages.
    expect(formatWeeklyHours({ timeZone: 'America/New_York', weekly: { monday: day('08:00', '16:30') } }, es)).toContain('de 8:00 a. m. a 4:30 p. m.');
  });

  it('gives an empty text for a schedule with no open day', () => {
    expect(formatWeeklyHours({ timeZone: 'America/New_York', weekly: {} }, ENGLISH)).toBe('');
    expect(formatWeeklyHours({ timeZone: 'America/New_York', weekly: { friday: [] } }, es)).toBe('');
  });

  it('reads English for every word a partial locale leaves out or gives in the wrong shape', () => {
    const partial = {
      code: 'en-x-caps',
      texts: { toDuke: { meridiem: ['AM', 'PM'], days: ['MON', 'TUE'], zones: { 'America/New_York': 7 }, and: '&' } },
    };
    const schedule = { timeZone: 'America/New_York', weekly: { monday: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '16:30' }] } };
    expect(formatWeeklyHours(schedule, partial)).toBe('Monday, 8:00 AM to 12:00 PM & 1:00 PM to 4:30 PM (Eastern time)');
  });
});
