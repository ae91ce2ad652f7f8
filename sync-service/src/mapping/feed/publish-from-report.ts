// File publishing (`mapping publish`): a checked sheet → the feed document of its error-free rows.
// The service does its own bookkeeping (real ids, revisions, last good version of a row).
import type { FeedDocument, MappingEvent, MappingReport, ValidationIssue } from "../types";
import { contentIds } from "./content-id";
import { buildFeedDocument } from "./feed-document";
import { toFeedEvent } from "./feed-event";

export interface HeldBackRow {
  row: number;
  title: string;
  errors: ValidationIssue[];
}

export interface FilePublication {
  document: FeedDocument;
  heldBack: HeldBackRow[];
  /** Errors about the sheet itself (e.g. a header without an Event column): nothing can be published. */
  sheetErrors: ValidationIssue[];
}

export function publishFromReport(report: MappingReport, meta: { version: number; publishedAt: string }): FilePublication {
  const errorsByRow = new Map<number, ValidationIssue[]>();
  for (const issue of report.issues) {
    if (issue.severity !== "error") continue;
    errorsByRow.set(issue.row, [...(errorsByRow.get(issue.row) ?? []), issue]);
  }
  const publishable: MappingEvent[] = report.events.filter((e) => !errorsByRow.has(e.row));
  const generated = contentIds(publishable.map((e) => ({ title: e.title, dateText: e.date.text })));
  const events = publishable.map((e, i) => toFeedEvent(e, { id: e.id ?? generated[i], updatedAt: meta.publishedAt, revision: 1 }));
  const heldBack = report.events
    .filter((e) => errorsByRow.has(e.row))
    .map((e) => ({ row: e.row, title: e.title, errors: errorsByRow.get(e.row)! }));
  const eventRows = new Set(report.events.map((e) => e.row));
  const sheetErrors = [...errorsByRow].filter(([row]) => !eventRows.has(row)).flatMap(([, errors]) => errors);
  return { document: buildFeedDocument({ version: meta.version, publishedAt: meta.publishedAt, events }), heldBack, sheetErrors };
}
