// clashes.json: the date clashes among the published events, each side named by id and title
// so a consumer needs no second lookup (SPEC 6 and 7).
import type { Clash, EventRef, FeedEvent } from "../types";
import { FEED_SCHEMA_VERSION, jsonFileText } from "./feed-document";

export interface PublishedEventRef {
  id: string | null;
  title: string | null;
  start: string | null;
  end: string | null;
}

export type PublishedClash = Omit<Clash, "a" | "b"> & { a: PublishedEventRef; b: PublishedEventRef };

export interface ClashesDocument {
  schemaVersion: string;
  version: number;
  publishedAt: string;
  count: number;
  clashes: PublishedClash[];
  /** Published events not paired for clashes (year, open, recurring or no dates). */
  undated: { id: string; title: string }[];
}

export interface ClashesInput {
  version: number;
  publishedAt: string;
  clashes: readonly Clash[];
  /**
   * Rows `findClashes` reported as undated. The clashes must have been found on the events as
   * published (with their ids); a ref is resolved by id, else by `rowOf`.
   */
  undated: readonly number[];
  events: readonly FeedEvent[];
  /** The row each published event was checked as (event id → row), for refs and `undated`. */
  rowOf?: ReadonlyMap<string, number>;
}

export function buildClashesDocument(input: ClashesInput): ClashesDocument {
  const byId = new Map(input.events.map((e) => [e.id, e]));
  const byRow = new Map<number, FeedEvent>();
  for (const [id, row] of input.rowOf ?? []) {
    const event = byId.get(id);
    if (event) byRow.set(row, event);
  }
  const find = (ref: EventRef): FeedEvent | undefined => (ref.id !== null ? byId.get(ref.id) : undefined) ?? byRow.get(ref.row);
  const resolve = (ref: EventRef): PublishedEventRef => {
    const e = find(ref);
    return e ? { id: e.id, title: e.title, start: e.date.start, end: e.date.end } : { id: ref.id, title: null, start: null, end: null };
  };
  const clashes = input.clashes.map((c) => ({ ...c, a: resolve(c.a), b: resolve(c.b) }));
  const undated = input.undated.flatMap((row) => {
    const e = byRow.get(row);
    return e ? [{ id: e.id, title: e.title }] : [];
  });
  return { schemaVersion: FEED_SCHEMA_VERSION, version: input.version, publishedAt: input.publishedAt, count: clashes.length, clashes, undated };
}

export function toClashesJson(input: ClashesInput): string {
  return jsonFileText(buildClashesDocument(input));
}
