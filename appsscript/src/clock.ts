// The current time and today's date in the spreadsheet's zone: the only place the add-on reads the clock.
import { dayOfAt, instantToAt, isoDay } from '../../shared/time';

export function now(): Date {
  return new Date();
}

export function todayIso(timeZone: string): string {
  return isoDay(dayOfAt(instantToAt(now(), timeZone)));
}
