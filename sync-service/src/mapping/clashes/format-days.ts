// Day ranges in words a person reads: `5–6 April 2017`, `27 October – 10 November 2016`.
import { describeDay, MONTH_NAMES } from "../dates/calendar";

/** Formats the inclusive range `[start, end]` of ISO days, shortest form first. */
export function formatDayRange(start: string, end: string): string {
  if (start === end) return describeDay(start);
  const [startYear, startMonth, startDay] = [start.slice(0, 4), Number(start.slice(5, 7)), Number(start.slice(8, 10))];
  const sameYear = startYear === end.slice(0, 4);
  if (sameYear && startMonth === Number(end.slice(5, 7))) return `${startDay}–${describeDay(end)}`;
  if (sameYear) return `${startDay} ${MONTH_NAMES[startMonth]} – ${describeDay(end)}`;
  return `${describeDay(start)} – ${describeDay(end)}`;
}
