// Day and week buckets for metrics. Days are counted in the viewer's offset from UTC so that
// "Tuesday" means the viewer's Tuesday; weeks start on Monday (ISO 8601).

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Day number (days since 1970-01-01) in a fixed offset from UTC, in minutes (UTC+2 → 120). */
export function localDay(at: number, offsetMinutes = 0): number {
  return Math.floor((at + offsetMinutes * MINUTE_MS) / DAY_MS);
}

/** Day number of the Monday that starts the week holding `day`. 1970-01-01 was a Thursday. */
export function weekStartDay(day: number): number {
  return day - ((day + 3) % 7 + 7) % 7;
}

/** ISO date (YYYY-MM-DD) of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export function weekdayName(day: number): string {
  return WEEKDAYS[((day + 3) % 7 + 7) % 7] ?? 'Monday';
}

/** Median of a list of numbers; undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[middle];
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
