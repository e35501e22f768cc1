/**
 * When a page lands in a person's day. Working hours are 09:00–18:00 local time, Monday to Friday; a page
 * outside them is out of hours. Sleep hours are 22:00–07:00 local time, every day of the week. Local
 * means the person's own time zone when it is known, else the workspace's; public holidays are not known
 * and count as working days.
 */
import { TZDate } from '@date-fns/tz';

export interface LocalMoment {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight. */
  minute: number;
}

const WORK_START = 9 * 60;
const WORK_END = 18 * 60;
const SLEEP_START = 22 * 60;
const SLEEP_END = 7 * 60;

export function toLocalMoment(instant: Date, timeZone: string): LocalMoment {
  const local = new TZDate(instant.getTime(), timeZone);
  return { weekday: local.getDay(), minute: local.getHours() * 60 + local.getMinutes() };
}

export function isOutOfHours({ weekday, minute }: LocalMoment): boolean {
  const workingDay = weekday >= 1 && weekday <= 5;
  return !workingDay || minute < WORK_START || minute >= WORK_END;
}

export function isSleepHour({ minute }: LocalMoment): boolean {
  return minute >= SLEEP_START || minute < SLEEP_END;
}
