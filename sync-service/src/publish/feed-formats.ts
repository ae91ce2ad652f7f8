// The files a published version is served and written as, rendered from its stored documents.
import type { FeedDocument } from "../mapping/types";
import type { StoredVersion } from "../store/versions-repo";

export interface FeedFile {
  name: string;
  contentType: string;
  body: string;
}

/** Every file of the current feed, from the version as stored (events.json and clashes.json byte for byte). */
export function renderFeedFiles(version: StoredVersion): FeedFile[] {
  const doc = JSON.parse(version.eventsJson) as FeedDocument;
  void doc;
  return [
    { name: "events.json", contentType: "application/json; charset=utf-8", body: version.eventsJson },
    { name: "clashes.json", contentType: "application/json; charset=utf-8", body: version.clashesJson },
  ];
}
