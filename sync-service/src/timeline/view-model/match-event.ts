// Whether an event passes the filter's criteria other than the date window.
import type { FeedEvent } from "../../mapping/types";
import type { TimelineFilter } from "./timeline-filter";

/** Lower case without accents, so `geneve` finds `Genève`. */
export function foldText(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function searchableText(event: FeedEvent): string {
  const parts = [event.id, event.title, event.description, event.location, event.date.text, ...event.focalPoints];
  return foldText(parts.filter((p): p is string => typeof p === "string").join("\n"));
}

export function matchesCriteria(event: FeedEvent, filter: TimelineFilter): boolean {
  if (filter.rcp && !event.rcp) return false;
  if (filter.status !== null && event.date.status !== filter.status) return false;
  if (filter.focal !== null && !event.focalPoints.some((f) => foldText(f) === foldText(filter.focal!))) return false;
  if (filter.location !== null && foldText(event.location ?? "") !== foldText(filter.location)) return false;
  const words = foldText(filter.q).split(/\s+/).filter((w) => w !== "");
  if (words.length === 0) return true;
  const haystack = searchableText(event);
  return words.every((w) => haystack.includes(w));
}
