// A canonical date in words a person reads, for bar labels and the list of undated events.
import { formatDayRange } from "../../mapping/clashes/format-days";
import { describeDay, MONTH_NAMES } from "../../mapping/dates/calendar";
import type { CanonicalDate } from "../../mapping/types";

function monthYear(iso: string): string {
  return `${MONTH_NAMES[Number(iso.slice(5, 7))]} ${iso.slice(0, 4)}`;
}

function monthSpan(start: string, end: string): string {
  if (start.slice(0, 7) === end.slice(0, 7)) return monthYear(start);
  if (start.slice(0, 4) === end.slice(0, 4)) return `${MONTH_NAMES[Number(start.slice(5, 7))]} – ${monthYear(end)}`;
  return `${monthYear(start)} – ${monthYear(end)}`;
}

export function describeDate(date: CanonicalDate): string {
  const { start, end } = date;
  const tentative = date.status === "tentative" ? " (tentative)" : "";
  switch (date.precision) {
    case "day":
    case "week":
      if (start && end) return formatDayRange(start, end) + tentative;
      break;
    case "month":
    case "quarter":
    case "half":
      if (start && end) return monthSpan(start, end) + tentative;
      break;
    case "year":
      if (start && end) return (start.slice(0, 4) === end.slice(0, 4) ? start.slice(0, 4) : `${start.slice(0, 4)} – ${end.slice(0, 4)}`) + tentative;
      break;
    case "open":
      if (start && !end) return `From ${describeDay(start)} onwards${tentative}`;
      if (end && !start) return `No later than ${describeDay(end)}${tentative}`;
      break;
    case "recurring": {
      const next = describeNextOccurrence(date);
      return next ? `Recurring, ${next}` : "Recurring";
    }
    default:
      break;
  }
  return date.status === "tbd" || (!start && !end) ? "Date to be determined" : date.text;
}

/** `next 1–31 May 2017` for a recurring date whose next occurrence is known, otherwise null. */
export function describeNextOccurrence(date: CanonicalDate): string | null {
  const next = date.recurrence?.next;
  return next ? `next ${formatDayRange(next.start, next.end)}` : null;
}
