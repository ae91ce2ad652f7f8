// The known focal points are data (focal-points.json, imported statically: no I/O here).
import { distance } from "fastest-levenshtein";
import { foldText } from "./fold-text";
import data from "./focal-points.json";

export interface FocalPointEntry {
  name: string;
  fullName: string;
  aliases: string[];
}

export const FOCAL_POINTS: readonly FocalPointEntry[] = data.focalPoints;

/** Case-, accent- and repeated-space-tolerant key. Spaces still count, so `UNDESA` is not the alias `UN DESA`. */
function spellingKey(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
}

const CANONICAL_BY_SPELLING = new Map<string, string>(
  FOCAL_POINTS.flatMap((entry) => [entry.name, ...entry.aliases].map((s) => [spellingKey(s), entry.name] as const)),
);

const SPELLINGS = [...CANONICAL_BY_SPELLING.keys()];

/** The canonical name of a known focal point spelling, or null when it is not known. */
export function canonicalFocalPoint(text: string): string | null {
  return CANONICAL_BY_SPELLING.get(spellingKey(text)) ?? null;
}

/** The known focal point whose spelling is nearest to `text`, when near enough to be a likely typo. */
export function nearestFocalPoint(text: string): string | null {
  const key = spellingKey(text);
  if (key === "") return null;
  let best: { spelling: string; distance: number } | null = null;
  for (const spelling of SPELLINGS) {
    const d = distance(key, spelling);
    if (!best || d < best.distance) best = { spelling, distance: d };
  }
  // Short acronyms differ by a letter or two; longer names may differ by about a third.
  if (!best || best.distance > Math.max(2, Math.floor(key.length / 3))) return null;
  return CANONICAL_BY_SPELLING.get(best.spelling) ?? null;
}
