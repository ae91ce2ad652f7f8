// events.json: the feed document and its serialisation.
import type { FeedDocument, FeedEvent } from "../types";
import { compareFeedEvents } from "./feed-event";

export const FEED_SCHEMA_VERSION = "1.0";

export interface FeedDocumentInput {
  version: number;
  /** ISO timestamp; the caller's edge supplies "now". */
  publishedAt: string;
  events: readonly FeedEvent[];
}

export function buildFeedDocument(input: FeedDocumentInput): FeedDocument {
  const events = [...input.events].sort(compareFeedEvents);
  return { schemaVersion: FEED_SCHEMA_VERSION, version: input.version, publishedAt: input.publishedAt, count: events.length, events };
}

/** The text of every JSON feed file: pretty-printed with a final newline, so versions diff well. */
export function jsonFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function toFeedJson(doc: FeedDocument): string {
  return jsonFileText(doc);
}
