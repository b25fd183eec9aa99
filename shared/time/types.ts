// The engine's two time units: calendar days and wall-clock minutes, both in the workbook's time zone.

/**
 * A calendar day in the workbook's time zone, counted in days since 1970-01-01.
 * Integer arithmetic on days is DST-proof: a day is a label, not 24 hours.
 */
export type Day = number;

/**
 * A wall-clock moment in the workbook's time zone, counted in minutes since 1970-01-01T00:00
 * local time. `Math.floor(at / 1440)` is its Day. Used only to order events inside a day
 * (first-to contests); never converted back to an instant.
 */
export type At = number;

export const MINUTES_PER_DAY = 1440;
