import type { Status } from "../types";

export interface ParsedLocation {
  location: string | null;
  status: Status;
  /** The marker as typed (`(TBC)`, `TBD`), null when the location is plain. */
  marker: string | null;
}

// "(TBC)", "(tbc)", "TBD", "(to be confirmed)", ... at the end of the cell or as the whole cell.
const MARKER = /\(?\s*\b(tbc|tbd|to be confirmed|to be determined|to be decided)\b\s*\)?\s*$/i;

/** SPEC 3: a location with its tentative/undetermined marker taken off and turned into a status. */
export function parseLocation(text: string): ParsedLocation {
  const trimmed = text.trim();
  if (trimmed === "") return { location: null, status: "tbd", marker: null };
  const match = MARKER.exec(trimmed);
  if (!match) return { location: trimmed, status: "confirmed", marker: null };
  const place = trimmed.slice(0, match.index).replace(/[\s,;:–-]+$/, "").trim();
  const undetermined = /determined|decided|tbd/i.test(match[1]);
  if (place === "") return { location: null, status: undetermined ? "tbd" : "tentative", marker: match[0].trim() };
  // A place that is named but still to be decided is tentative: the place is a candidate.
  return { location: place, status: "tentative", marker: match[0].trim() };
}
