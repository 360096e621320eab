import { getDestination } from '../../directory/get-destination';
import type { WeeklySchedule } from '../types';

/** The directory's Document Management customer-service hours (frozen; never copied). */
export function dukeHours(): WeeklySchedule {
  const r = getDestination('duke-document-management');
  if (!r.success || r.destination?.hours == null) throw new Error('directory lost the Duke hours');
  return r.destination.hours;
}

/** A fresh, unfrozen schedule with one range on one weekday. */
export const oneRange = (timeZone: string, day: keyof WeeklySchedule['weekly'], start: string, end: string): WeeklySchedule => ({
  timeZone,
  weekly: { [day]: [{ start, end }] },
});
