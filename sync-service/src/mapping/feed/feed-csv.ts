// events.csv (SPEC 7): RFC 4180 (CRLF, quotes only where needed) via papaparse, UTF-8 without BOM,
// one event per record in feed order, columns in the fixed order below.
import Papa from "papaparse";
import type { FeedEvent } from "../types";

/** The documented column order; never reorder, only append. */
export const FEED_CSV_COLUMNS = [
  "id",
  "title",
  "rcp",
  "start",
  "end",
  "precision",
  "status",
  "edtf",
  "date_text",
  "location",
  "location_status",
  "focal_points",
  "description",
  "related_to",
  "outcome_url",
  "updated_at",
  "revision",
] as const;

export const FOCAL_POINT_SEPARATOR = "; ";

/**
 * Text cells a spreadsheet would run as a formula (OWASP "CSV injection") get a leading `'`.
 * Papaparse's own `escapeFormulae: true` pattern ends in `.*$` and so misses a formula
 * followed by a line break; this pattern looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

type CsvCell = string | number | boolean | null;

function csvRecord(e: FeedEvent): CsvCell[] {
  return [
    e.id,
    e.title,
    e.rcp,
    e.date.start,
    e.date.end,
    e.date.precision,
    e.date.status,
    e.date.edtf,
    e.date.text,
    e.location,
    e.locationStatus,
    e.focalPoints.join(FOCAL_POINT_SEPARATOR),
    e.description,
    e.relatedTo,
    e.outcomeUrl,
    e.updatedAt,
    e.revision,
  ];
}

export function toFeedCsv(events: readonly FeedEvent[]): string {
  return Papa.unparse(
    { fields: [...FEED_CSV_COLUMNS], data: events.map(csvRecord) },
    { newline: "\r\n", escapeFormulae: FORMULA_START },
  );
}
