// Day ranges in words a person reads: `5–6 April 2017`, `27 October – 10 November 2016`.

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

interface DayParts {
  year: string;
  month: string;
  day: number;
}

function parts(iso: string): DayParts {
  return { year: iso.slice(0, 4), month: MONTHS[Number(iso.slice(5, 7)) - 1], day: Number(iso.slice(8, 10)) };
}

/** Formats the inclusive range `[start, end]` of ISO days, shortest form first. */
export function formatDayRange(start: string, end: string): string {
  const s = parts(start);
  const e = parts(end);
  if (start === end) return `${s.day} ${s.month} ${s.year}`;
  if (s.year === e.year && s.month === e.month) return `${s.day}–${e.day} ${e.month} ${e.year}`;
  if (s.year === e.year) return `${s.day} ${s.month} – ${e.day} ${e.month} ${e.year}`;
  return `${s.day} ${s.month} ${s.year} – ${e.day} ${e.month} ${e.year}`;
}

/** Formats one ISO day: `7 April 2017`. */
export function formatDay(day: string): string {
  return formatDayRange(day, day);
}
