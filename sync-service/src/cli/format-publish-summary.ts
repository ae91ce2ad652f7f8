// What `mapping publish` prints: the files written, what they hold and the rows held back. Pure.
import { isCalendarEvent } from "../mapping/feed/feed-ics";
import type { FilePublication } from "../mapping/feed/publish-from-report";

export function formatPublishSummary(publication: FilePublication, paths: string[]): string {
  const { document: doc, heldBack } = publication;
  const dated = doc.events.filter(isCalendarEvent).length;
  const lines = [
    `Published ${doc.count} event${doc.count === 1 ? "" : "s"} (${dated} with dates in events.ics):`,
    ...paths.map((p) => `  ${p}`),
  ];
  if (heldBack.length === 0) {
    lines.push("No rows held back.");
    return lines.join("\n");
  }
  lines.push(
    "",
    `${heldBack.length} row${heldBack.length === 1 ? "" : "s"} held back for errors (not published; fix them and publish again): ` +
      `rows ${heldBack.map((h) => h.row).join(", ")}`,
  );
  for (const h of heldBack) {
    lines.push(`  row ${h.row}  "${h.title}"`);
    for (const e of h.errors) lines.push(`    ${e.column}: ${e.code}  ${e.message}${e.suggestion ? `  → ${e.suggestion}` : ""}`);
  }
  return lines.join("\n");
}
