import type { Check } from "./check-types";
import { makeIssue } from "./issue-codes";

/** unknown-related-event: `Related to` must name an ID in this sheet or one known elsewhere. */
export const checkRelatedEvent: Check = ({ rows, knownIds }) => {
  const ids = new Set(rows.flatMap(({ event }) => (event.id === null ? [] : [event.id])));
  return rows.flatMap(({ event }) => {
    const parent = event.relatedTo;
    if (parent === null || ids.has(parent) || knownIds.has(parent)) return [];
    return [
      makeIssue(
        event,
        "Related to",
        "unknown-related-event",
        `Related to names "${parent}", but no event has that ID.`,
        "Copy the ID of the main event from its ID column, or leave Related to blank.",
      ),
    ];
  });
};
