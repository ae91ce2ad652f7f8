// A checked row → the event the feed carries (SPEC 7).
import type { FeedEvent, MappingEvent } from "../types";

export interface FeedEventMeta {
  id: string;
  /** ISO timestamp of the last change consumers can see. */
  updatedAt: string;
  revision: number;
}

export function toFeedEvent(event: MappingEvent, meta: FeedEventMeta): FeedEvent {
  return {
    id: meta.id,
    title: event.title,
    rcp: event.rcp,
    date: event.date,
    location: event.location,
    locationStatus: event.locationStatus,
    focalPoints: event.focalPoints,
    description: event.description,
    relatedTo: event.relatedTo,
    outcomeUrl: event.outcomeUrl,
    updatedAt: meta.updatedAt,
    revision: meta.revision,
  };
}

/** Feed order: by first possible day, then title; events without a start day last. */
export function compareFeedEvents(a: FeedEvent, b: FeedEvent): number {
  const sa = a.date.start;
  const sb = b.date.start;
  if (sa !== sb) {
    if (sa === null) return 1;
    if (sb === null) return -1;
    return sa < sb ? -1 : 1;
  }
  const byTitle = a.title.localeCompare(b.title, "en");
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Back to the core's event shape (to find clashes among published events); `row` is only a handle. */
export function fromFeedEvent(e: FeedEvent, row: number): MappingEvent {
  return {
    row,
    id: e.id,
    title: e.title,
    rcp: e.rcp,
    date: e.date,
    location: e.location,
    locationStatus: e.locationStatus,
    focalPoints: e.focalPoints,
    description: e.description,
    relatedTo: e.relatedTo,
    outcomeUrl: e.outcomeUrl,
    extra: {},
  };
}
