// "Only rows without errors are published; a row that gets an error keeps its last published
// version in the feed until fixed" (SPEC 7): the feed state of one event after a check.
import { toFeedEvent } from "../mapping/feed/feed-event";
import type { FeedEvent, MappingEvent } from "../mapping/types";

const content = (e: FeedEvent): string => JSON.stringify({ ...e, updatedAt: null, revision: null });

/**
 * The event's next published state: unchanged when the row has errors or says the same
 * thing as before (so `updatedAt` moves only when what consumers see moves).
 */
export function nextPublished(
  previous: FeedEvent | null,
  checked: MappingEvent | null,
  hasErrors: boolean,
  id: string,
  revision: number,
  now: string,
): FeedEvent | null {
  if (hasErrors || checked === null) return previous;
  // Published from these very fields already: only a recurring date's next occurrence can move with today.
  if (previous !== null && previous.revision === revision && previous.date.recurrence === null) return previous;
  const candidate = toFeedEvent(checked, { id, revision, updatedAt: now });
  return previous !== null && content(previous) === content(candidate) ? previous : candidate;
}
