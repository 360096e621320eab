import { describe, expect, it } from 'vitest';
import { formatWeeklyHours } from '../../src/evaluate/hours-text';

const day = (start: string, end: string) => [{ start, end }];

describe('formatWeeklyHours', () => {
  it('groups consecutive days with the same hours', () => {
    const schedule = {
      timeZone: 'America/New_York',
      weekly: { monday: day('08:00', '16:30'), tuesday: day('08:00', '16:30'), wednesday: day('08:00', '16:30') },
    };
    expect(formatWeeklyHours(schedule, 'en')).toBe('Monday to Wednesday, 8:00 am to 4:30 pm (Eastern time)');
    expect(formatWeeklyHours(schedule, 'es')).toBe('de lunes a miércoles, de 8:00 a 16:30 (hora del Este)');
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
    expect(formatWeeklyHours(schedule, 'en')).toBe(
      'Monday, 12:00 am to 12:00 pm and 1:05 pm to 11:59 pm; Tuesday, 9:00 am to 5:00 pm; Thursday, 9:00 am to 5:00 pm; Saturday to Sunday, 12:30 pm to 1:00 pm (America/Chicago)',
    );
    expect(formatWeeklyHours(schedule, 'es')).toBe(
      'lunes, de 0:00 a 12:00 y de 13:05 a 23:59; martes, de 9:00 a 17:00; jueves, de 9:00 a 17:00; de sábado a domingo, de 12:30 a 13:00 (America/Chicago)',
    );
  });

  it('gives an empty text for a schedule with no open day', () => {
    expect(formatWeeklyHours({ timeZone: 'America/New_York', weekly: {} }, 'en')).toBe('');
    expect(formatWeeklyHours({ timeZone: 'America/New_York', weekly: { friday: [] } }, 'es')).toBe('');
  });
});
