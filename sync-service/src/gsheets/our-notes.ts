// Notes the sync writes carry a prefix, so it replaces and clears only its own notes and never a
// note a person typed. The status column's header note also records the version the sheet holds:
// it is written in the same atomic batchUpdate as the rows, so it moves only when they do.
export const NOTE_PREFIX = "Process mapping: ";

const VERSION_NOTE = /^Process mapping: this sheet holds version (\d+) of the mapping/;

export function isOurNote(note: string | null | undefined): boolean {
  return typeof note === "string" && note.startsWith(NOTE_PREFIX);
}

export function ourNote(lines: string[]): string {
  return NOTE_PREFIX + lines.join("\n");
}

/** The status header's note line; no timestamp, so an unchanged version means no write. */
export function versionNoteLine(version: number): string {
  return `this sheet holds version ${version} of the mapping (written back by the sync; please leave this note).`;
}

/** The version a sheet last received, read from its status header note; null when none (first sync). */
export function versionFromNote(note: string | null | undefined): number | null {
  const match = VERSION_NOTE.exec(note ?? "");
  return match ? Number(match[1]) : null;
}
