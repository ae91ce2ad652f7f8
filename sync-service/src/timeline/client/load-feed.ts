// Fetches the published events and their clashes from the same origin, as one published version.
import type { FeedDocument } from "../../mapping/types";
import type { PublishedClash } from "../view-model/clash-marks";

export interface LoadedFeed {
  doc: FeedDocument;
  clashes: PublishedClash[];
  /** Said on the page when the clashes could not be shown. */
  clashesNote: string | null;
}

export type LoadResult = { ok: true; feed: LoadedFeed } | { ok: false; message: string };

interface ClashesDocument {
  version?: number;
  clashes: PublishedClash[];
}

async function getJson<T>(url: string): Promise<{ ok: true; body: T } | { ok: false; status: number | null }> {
  try {
    const res = await fetch(url, { headers: { Accept: "application/json" } });
    if (!res.ok) return { ok: false, status: res.status };
    return { ok: true, body: (await res.json()) as T };
  } catch {
    return { ok: false, status: null };
  }
}

async function loadOnce(): Promise<LoadResult & { clashesVersion?: number }> {
  const [events, clashes] = await Promise.all([getJson<FeedDocument>("/feed/events.json"), getJson<ClashesDocument>("/feed/clashes.json")]);
  if (!events.ok) {
    const message =
      events.status === 404
        ? "Nothing has been published yet. Once a spreadsheet syncs, its events appear here."
        : `The published mapping could not be loaded (${events.status === null ? "no connection" : `HTTP ${events.status}`}). Try again in a moment.`;
    return { ok: false, message };
  }
  const clashList = clashes.ok && Array.isArray(clashes.body.clashes) ? clashes.body.clashes : null;
  return {
    ok: true,
    feed: {
      doc: events.body,
      clashes: clashList ?? [],
      clashesNote: clashList ? null : "Clashes could not be loaded, so none are marked.",
    },
    clashesVersion: clashes.ok ? clashes.body.version : undefined,
  };
}

/** Both files of one version: when a publication lands between the two requests, asks again once. */
export async function loadFeed(): Promise<LoadResult> {
  const first = await loadOnce();
  if (!first.ok || first.clashesVersion === undefined || first.clashesVersion === first.feed.doc.version) return first;
  return loadOnce();
}
