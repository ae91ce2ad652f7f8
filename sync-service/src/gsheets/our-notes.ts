// Notes the add-on and the connector write carry a prefix, so they replace and clear only their
// own notes and never a note a person typed. The status column's header note records the version
// the sheet holds: it is written in the same write-back as the rows, so it moves only when they
// do (its own prefix keeps Validate, which clears stale issue notes, away from it).
export const NOTE_PREFIX = "Process mapping: ";
const VERSION_PREFIX = "Process mapping sync: ";
const VERSION_NOTE = /^Process mapping sync: this sheet holds version (\d+) of the mapping/;

export function isOurNote(note: string | null | undefined): boolean {
  return typeof note === "string" && note.startsWith(NOTE_PREFIX);
}

export function ourNote(lines: string[]): string {
  return NOTE_PREFIX + lines.join("\n");
}

/** No timestamp: an unchanged version means no write. */
export function versionNote(version: number): string {
  return `${VERSION_PREFIX}this sheet holds version ${version} of the mapping (written back by the sync; please leave this note).`;
}

/** The version a sheet last received, read from its status header note; null when none (first sync). */
export function versionFromNote(note: string | null | undefined): number | null {
  const match = VERSION_NOTE.exec(note ?? "");
  return match ? Number(match[1]) : null;
}

/** One validation issue as a line of a cell's note. */
export function issueNoteLine(issue: { severity: string; message: string; suggestion: string | null }): string {
  return `${issue.severity}: ${issue.message}${issue.suggestion ? ` Suggestion: ${issue.suggestion}` : ""}`;
}
