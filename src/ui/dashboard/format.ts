// Numbers, dates and durations in the reader's locale, through Intl. Days are UTC day numbers
// (the journal counts days in UTC), so they are formatted in UTC to stay on the right date.

const DAY_MS = 86_400_000;

export interface Formatters {
  locale: string;
  /** A count or ratio: grouping per locale, at most `digits` decimals. */
  number(value: number, digits?: number): string;
  /** A share from 0 to 1 as a whole percentage. */
  percent(share: number): string;
  /** A UTC day number as a short date ("4 Mar"). */
  day(day: number): string;
  /** A UTC day number with its weekday ("Tuesday, 4 March 2025"). */
  dayLong(day: number): string;
  /** A UTC day number as YYYY-MM-DD for date inputs. */
  isoDay(day: number): string;
  /** A moment in local time ("4 Mar 2025, 09:12"). */
  dateTime(ms: number): string;
  /** A length of time in the largest unit that reads naturally ("45 minutes", "3 hours", "2 days"). */
  duration(ms: number): string;
}

export function formatters(locale: string): Formatters {
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number): Intl.NumberFormat => {
    let format = numbers.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numbers.set(digits, format);
    }
    return format;
  };
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const shortDay = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const longDay = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const unit = (name: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 0 });
  const seconds = unit('second');
  const minutes = unit('minute');
  const hours = unit('hour');
  const days = unit('day');
  return {
    locale,
    number: (value, digits = 1) => numberFormat(digits).format(value),
    percent: (share) => percent.format(share),
    day: (day) => shortDay.format(new Date(day * DAY_MS)),
    dayLong: (day) => longDay.format(new Date(day * DAY_MS)),
    isoDay: (day) => new Date(day * DAY_MS).toISOString().slice(0, 10),
    dateTime: (ms) => moment.format(new Date(ms)),
    duration: (ms) => {
      const totalMinutes = ms / 60_000;
      if (totalMinutes < 1) return seconds.format(Math.round(ms / 1000));
      if (totalMinutes < 90) return minutes.format(Math.round(totalMinutes));
      const totalHours = ms / 3_600_000;
      if (totalHours < 36) return hours.format(Math.round(totalHours));
      return days.format(Math.round(totalHours / 24));
    },
  };
}

/** A ratio such as listened per reply: one decimal below 10, whole above. */
export function ratioText(format: Formatters, ratio: number): string {
  return format.number(ratio, ratio >= 10 ? 0 : 1);
}
