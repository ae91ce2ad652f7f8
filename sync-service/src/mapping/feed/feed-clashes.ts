// Clashes among the events as published: what clashes.json reports, for the service and the CLI alike.
import { findClashes } from "../clashes/find-clashes";
import type { Acknowledgement, FeedEvent } from "../types";
import { type ClashesDocument, buildClashesDocument } from "./clashes-document";
import { fromFeedEvent } from "./feed-event";

export interface FeedClashesInput {
  version: number;
  publishedAt: string;
  events: readonly FeedEvent[];
  acknowledgements?: readonly Acknowledgement[];
}

export function findFeedClashes(input: FeedClashesInput): ClashesDocument {
  // Each event gets its position + 2 as a handle (row 1 would be a header), so undated rows resolve back to ids.
  const rowOf = new Map(input.events.map((e, i) => [e.id, i + 2]));
  const { clashes, undated } = findClashes(
    input.events.map((e, i) => fromFeedEvent(e, i + 2)),
    { acknowledgements: [...(input.acknowledgements ?? [])] },
  );
  return buildClashesDocument({ version: input.version, publishedAt: input.publishedAt, clashes, undated, events: input.events, rowOf });
}
