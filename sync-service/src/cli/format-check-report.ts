// The readable `mapping check` report. Pure: the command prints what this returns.
import { summarise, summaryLine } from "../mapping/check";
import type { Clash, MappingEvent, MappingReport, ValidationIssue } from "../mapping/types";

function dateLine(e: MappingEvent): string {
  const d = e.date;
  return `row ${e.row}  ${d.start ?? "…"} → ${d.end ?? "…"}  ${d.precision}  ${d.status}  "${d.text}"`;
}

function issueLine(i: ValidationIssue): string {
  const suggestion = i.suggestion ? `  → ${i.suggestion}` : "";
  return `row ${i.row}  ${i.column}  ${i.severity}  ${i.code}  ${i.message}${suggestion}`;
}

function clashLine(c: Clash, titleOf: (row: number) => string): string {
  const days = c.days[0] === c.days[1] ? c.days[0] : `${c.days[0]} → ${c.days[1]}`;
  const acknowledged = c.acknowledgement
    ? `  (acknowledged by ${c.acknowledgement.by}: ${c.acknowledgement.reason})`
    : c.acknowledged
      ? "  (acknowledged)"
      : "";
  return (
    `${c.kind}  row ${c.a.row} "${titleOf(c.a.row)}" × row ${c.b.row} "${titleOf(c.b.row)}"  ${days}  ` +
    `${c.reasons.join(" ")}${acknowledged}`
  );
}

function section(title: string, lines: string[]): string[] {
  return [title, ...(lines.length > 0 ? lines : ["(none)"]), ""];
}

/** Dates per row, then issues, then clashes, then the one-line summary. */
export function formatCheckReport(report: MappingReport): string {
  const titles = new Map(report.events.map((e) => [e.row, e.title]));
  const titleOf = (row: number) => titles.get(row) ?? "";
  return [
    ...section("Dates", report.events.map(dateLine)),
    ...section("Issues", report.issues.map(issueLine)),
    ...section("Clashes", report.clashes.map((c) => clashLine(c, titleOf))),
    summaryLine(summarise(report)),
  ].join("\n");
}
