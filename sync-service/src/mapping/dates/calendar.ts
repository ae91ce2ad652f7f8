// Day arithmetic on ISO `YYYY-MM-DD` strings, in UTC so that no time zone shifts a day.

const DAY_MS = 86_400_000;

export function pad(n: number, width = 2): string {
  const text = String(n);
  return text.length >= width ? text : "0".repeat(width - text.length) + text;
}

export function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : MONTH_LENGTHS[month - 1];
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function toTime(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function fromTime(time: number): string {
  const d = new Date(time);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY_MS);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(iso: string): number {
  const day = new Date(toTime(iso)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function lastDayOfMonth(year: number, month: number): string {
  return isoDay(year, month, daysInMonth(year, month));
}

/** The 1900 date system Excel and Google Sheets share for every date after 28 February 1900. */
const SPREADSHEET_EPOCH = Date.UTC(1899, 11, 30);

export function fromSpreadsheetSerial(serial: number): { day: string; minutes: number } {
  const whole = Math.floor(serial);
  const minutes = Math.round((serial - whole) * 24 * 60);
  return { day: fromTime(SPREADSHEET_EPOCH + whole * DAY_MS), minutes };
}

export const WEEKDAY_NAMES = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `6 December 2016`, the way the messages name a day. */
export function describeDay(iso: string): string {
  return `${Number(iso.slice(8, 10))} ${MONTH_NAMES[Number(iso.slice(5, 7))]} ${iso.slice(0, 4)}`;
}
