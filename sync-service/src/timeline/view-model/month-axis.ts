// The months drawn across the timeline and the day arithmetic that places bars on them.
import { daysBetween, daysInMonth, isoDay, isoMonth, MONTH_NAMES } from "../../mapping/dates/calendar";

export interface AxisMonth {
  /** `YYYY-MM`. */
  key: string;
  year: number;
  month: number;
  /** `Apr`; the first month shown and every January also carry the year in `yearLabel`. */
  shortLabel: string;
  yearLabel: string | null;
  days: number;
}

export interface MonthAxis {
  months: AxisMonth[];
  /** First and last day drawn, ISO, inclusive. */
  firstDay: string;
  lastDay: string;
  totalDays: number;
}

function parseMonth(key: string): { year: number; month: number } {
  return { year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7)) };
}

/** The months from `fromMonth` to `toMonth` (`YYYY-MM`, inclusive). */
export function monthAxis(fromMonth: string, toMonth: string): MonthAxis {
  const months: AxisMonth[] = [];
  let { year, month } = parseMonth(fromMonth);
  const last = parseMonth(toMonth);
  while (year < last.year || (year === last.year && month <= last.month)) {
    months.push({
      key: isoMonth(year, month),
      year,
      month,
      shortLabel: MONTH_NAMES[month].slice(0, 3),
      yearLabel: months.length === 0 || month === 1 ? String(year) : null,
      days: daysInMonth(year, month),
    });
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
  }
  const end = months[months.length - 1];
  const firstDay = `${fromMonth}-01`;
  const lastDay = isoDay(end.year, end.month, end.days);
  return { months, firstDay, lastDay, totalDays: daysBetween(firstDay, lastDay) + 1 };
}

/** Where an inclusive day range sits on the axis, clipped to it; null when it lies outside. */
export function placeOnAxis(axis: MonthAxis, start: string, end: string): { offset: number; days: number; clippedStart: boolean; clippedEnd: boolean } | null {
  if (end < axis.firstDay || start > axis.lastDay) return null;
  const from = start < axis.firstDay ? axis.firstDay : start;
  const to = end > axis.lastDay ? axis.lastDay : end;
  return { offset: daysBetween(axis.firstDay, from), days: daysBetween(from, to) + 1, clippedStart: from !== start, clippedEnd: to !== end };
}
