import { localeTexts, type Locale } from '../../core/locale';
import type { WeeklySchedule } from '../../hours/types';
import { TO_DUKE_WORDS_EN } from '../words.en';
import { fill } from '../../core/fill';

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

function clock(time: string, meridiem: readonly [string, string]): string {
  const hours = Number(time.slice(0, 2));
  const h12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${h12}:${time.slice(3, 5)} ${meridiem[hours < 12 || hours === 24 ? 0 : 1]}`;
}

/**
 * Writes a weekly schedule as plain text: consecutive days with the same
 * hours grouped (`Monday to Friday, 8:00 am to 4:30 pm (Eastern time)`;
 * `de lunes a viernes, de 8:00 a. m. a 4:30 p. m. (hora del Este)`, the clock
 * style of the hours messages; `24:00` reads as `12:00 am`), groups joined by
 * `; `, the zone named when the locale knows it (its IANA id otherwise).
 * Closures are not listed; a schedule with no open day gives `''`.
 *
 * @param schedule - the weekly schedule
 * @param locale - the locale
 * @returns the text
 * @internal
 * @example
 * ```ts
 * formatWeeklyHours({ timeZone: 'America/New_York', weekly: { saturday: [{ start: '09:00', end: '12:00' }] } }, 'en');
 * // 'Saturday, 9:00 am to 12:00 pm (Eastern time)'
 * ```
 */
export function formatWeeklyHours(schedule: WeeklySchedule, locale: Locale): string {
  const words = localeTexts(locale, 'toDuke', TO_DUKE_WORDS_EN);
  const keyOf = (day: (typeof DAYS)[number]): string =>
    (schedule.weekly[day] ?? []).map((i) => fill(words.timeRange, { start: clock(i.start, words.meridiem), end: clock(i.end, words.meridiem) })).join(` ${words.and} `);
  const groups: { first: number; last: number; hours: string }[] = [];
  DAYS.forEach((day, index) => {
    const hours = keyOf(day);
    const previous = groups[groups.length - 1];
    if (hours === '') return;
    if (previous !== undefined && previous.last === index - 1 && previous.hours === hours) previous.last = index;
    else groups.push({ first: index, last: index, hours });
  });
  if (groups.length === 0) return '';
  const zone = words.zones[schedule.timeZone] ?? schedule.timeZone;
  const text = groups
    .map(({ first, last, hours }) => {
      const days =
        first === last
          ? (words.days[first] as string)
          : fill(words.dayRange, { first: words.days[first] as string, last: words.days[last] as string });
      return `${days}, ${hours}`;
    })
    .join('; ');
  return `${text} (${zone})`;
}
