// The shapes the domain core speaks. No I/O lives in `mapping/`: the service, the CLI,
// the Excel task pane and the Apps Script add-on all bundle this same code.

/** A spreadsheet cell as the add-ins, the Sheets API or a CSV hand it over. */
export type Cell = string | number | boolean | null;

/** A sheet: its header row and its data rows, each with the row number a person sees. */
export interface SheetInput {
  header: string[];
  rows: SheetRow[];
}

export interface SheetRow {
  /** The spreadsheet row number a person sees (the header is row 1). */
  row: number;
  cells: Cell[];
}

export type Precision =
  | "day"
  | "week"
  | "month"
  | "quarter"
  | "half"
  | "year"
  | "open"
  | "recurring"
  | "unknown";

export type Status = "confirmed" | "tentative" | "tbd";

export interface Recurrence {
  /** How often the pattern repeats: every `interval` years (or months). */
  frequency: "yearly" | "monthly";
  interval: number;
  /** Meetings per period when the text says so (`twice a year` → 2). */
  timesPerPeriod: number | null;
  /** Months (1–12) the text names, in order (`May or June, and November` → [5, 6, 11]). */
  months: number[];
  /** The next occurrence on or after the reference day, when it can be known. */
  next: { start: string; end: string } | null;
}

export interface TimeOfDay {
  /** `HH:MM`, 24-hour clock. */
  start: string;
  end: string | null;
  /** `+HH:MM` / `-HH:MM` when the text gives a zone, otherwise null. */
  utcOffset: string | null;
}

/** SPEC section 4: what every date cell becomes. */
export interface CanonicalDate {
  /** The cell's text, verbatim. */
  text: string;
  /** ISO `YYYY-MM-DD`: earliest day the event can occupy (inclusive), null when unknown. */
  start: string | null;
  /** ISO `YYYY-MM-DD`: latest day the event can occupy (inclusive), null when unknown. */
  end: string | null;
  precision: Precision;
  status: Status;
  /** The same date in EDTF / ISO 8601-2, null when it has none (undetermined, recurring). */
  edtf: string | null;
  /** Parenthetical and other remarks that are not the date itself. */
  notes: string[];
  /** Single days singled out: a list of days (`4 & 6 December`) or a key day in a note. */
  keyDates: string[];
  time: TimeOfDay | null;
  recurrence: Recurrence | null;
}

/** A problem the date parser found in an otherwise understood date (e.g. weekday mismatch). */
export interface DateWarning {
  code: "weekday-mismatch";
  message: string;
}

export interface DateError {
  code: "unparseable-date" | "impossible-date" | "end-before-start";
  message: string;
}

export type DateParseResult =
  | { ok: true; date: CanonicalDate; warnings: DateWarning[] }
  | { ok: false; error: DateError; text: string };

export interface DateParseOptions {
  /** ISO day used for "next occurrence" of recurring dates; defaults to none (next = null). */
  today?: string;
}

/** One row of the mapping, normalised (SPEC 3 and the feed's event shape). */
export interface MappingEvent {
  row: number;
  id: string | null;
  title: string;
  /** A leading `*` in the event name marks a regional consultative process. */
  rcp: boolean;
  date: CanonicalDate;
  location: string | null;
  locationStatus: Status;
  focalPoints: string[];
  description: string | null;
  relatedTo: string | null;
  outcomeUrl: string | null;
  /** Unknown columns, passed through by header name. */
  extra: Record<string, string>;
}

export type Severity = "error" | "warning";

export type IssueCode =
  // errors
  | "missing-title"
  | "unparseable-date"
  | "end-before-start"
  | "impossible-date"
  | "duplicate-id"
  | "malformed-url"
  | "unknown-related-event"
  | "cell-too-long"
  // warnings
  | "missing-date"
  | "unknown-focal-point"
  | "tentative-location"
  | "date-tbd"
  | "recurring-without-next"
  | "weekday-mismatch"
  | "probable-duplicate"
  | "formula-like-cell";

/** SPEC section 5: one finding, readable by people and programs alike. */
export interface ValidationIssue {
  row: number;
  id: string | null;
  /** The canonical column name (`Event`, `Month/year`, ...) the issue is about. */
  column: string;
  code: IssueCode;
  severity: Severity;
  message: string;
  suggestion: string | null;
}

export interface EventRef {
  row: number;
  id: string | null;
}

export type ClashKind = "definite" | "possible" | "travel-squeeze";

export interface Acknowledgement {
  a: string;
  b: string;
  by: string;
  at: string;
  reason: string;
}

/** SPEC section 6. */
export interface Clash {
  kind: ClashKind;
  a: EventRef;
  b: EventRef;
  /** The shared days `[start, end]`; for a travel squeeze, the two consecutive days. */
  days: [string, string];
  shared: { focalPoints: string[]; location: boolean };
  acknowledged: boolean;
  acknowledgement: Acknowledgement | null;
  /** Why it matters, in words a person reads. */
  reasons: string[];
}

export interface MappingReport {
  events: MappingEvent[];
  issues: ValidationIssue[];
  clashes: Clash[];
  /** Rows of the events that are not paired for clashes (year, open, recurring, undated). */
  undated: number[];
}

/** An event as the published feed carries it (SPEC 7): a mapping event with its id and revision. */
export type FeedEvent = Omit<MappingEvent, "row" | "id" | "extra"> & {
  id: string;
  updatedAt: string;
  revision: number;
};

/** `GET /feed/events.json`. */
export interface FeedDocument {
  schemaVersion: string;
  version: number;
  publishedAt: string;
  count: number;
  events: FeedEvent[];
}
