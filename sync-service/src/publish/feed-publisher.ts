// The current version's feed, rendered once per publish and kept in memory, so serving it
// costs about what a static file server pays; also written to the public directory.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Logger } from "pino";
import type { FeedDocument, FeedEvent } from "../mapping/types";
import type { Store } from "../store/store";
import type { StoredVersion } from "../store/versions-repo";
import { FEED_CONTENT_TYPES, FEED_FILE_NAMES, renderFeedFiles } from "../mapping/feed/render-feed-files";
import { renderVersionDocuments } from "./publish-version";
import { writeFeedFiles } from "./write-feed-files";

export interface Representation {
  body: Buffer;
  etag: string;
  lastModified: string;
  contentType: string;
}

const EMPTY_AT = "1970-01-01T00:00:00.000Z";

function represent(version: number, name: string, body: string, contentType: string, publishedAt: string): Representation {
  const bytes = Buffer.from(body, "utf8");
  const hash = createHash("sha256").update(`${version}\n${name}\n`).update(bytes).digest("base64url").slice(0, 22);
  return { body: bytes, etag: `"${hash}"`, lastModified: new Date(publishedAt).toUTCString(), contentType };
}

/** Version 0: nothing published yet, an empty feed. */
function emptyVersion(): StoredVersion {
  return {
    version: 0,
    publishedAt: EMPTY_AT,
    actor: "",
    source: "",
    reason: "sync",
    count: 0,
    ...renderVersionDocuments([], [], 0, EMPTY_AT),
  };
}

export type ChangeEntry = FeedEvent | { id: string; deleted: true };

export class FeedPublisher {
  private version: StoredVersion = emptyVersion();
  private files = new Map<string, Representation>();
  private changesCache = new Map<number, Representation>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly publicDir: string | null,
    private readonly logger?: Logger,
  ) {
    this.rebuild();
  }

  get currentVersion(): number {
    return this.version.version;
  }

  get publishedAt(): string {
    return this.version.publishedAt;
  }

  /** A file of the current feed (`events.json`, `events.csv`, ...), or undefined. */
  file(name: string): Representation | undefined {
    return this.files.get(name);
  }

  /** After every publish: rebuild the in-memory feed and write its files; resolves once they are on disk. */
  async refresh(): Promise<void> {
    this.rebuild();
    const version = this.version;
    const files = [...this.files.entries()];
    const write = this.writing.catch(() => undefined).then(() => this.writeFiles(version, files));
    this.writing = write;
    return write;
  }

  /** `versions/N/events.json` of any published version. */
  versionEvents(n: number): Representation | null {
    if (n === this.version.version) return this.files.get("events.json") ?? null;
    const stored = this.store.versions.get(n);
    return stored ? represent(n, "events.json", stored.eventsJson, "application/json; charset=utf-8", stored.publishedAt) : null;
  }

  /** What changed in the feed since version `since`: changed events whole, deletions as tombstones. */
  changes(since: number): Representation | null {
    const cached = this.changesCache.get(since);
    if (cached) return cached;
    const current = this.version.version;
    if (since > current) return null;
    const before = since === 0 ? [] : this.store.versions.get(since);
    if (before === null) return null;
    const old = new Map((Array.isArray(before) ? [] : (JSON.parse(before.eventsJson) as FeedDocument).events).map((e) => [e.id, JSON.stringify(e)]));
    const now = (JSON.parse(this.version.eventsJson) as FeedDocument).events;
    const changes: ChangeEntry[] = now.filter((e) => old.get(e.id) !== JSON.stringify(e));
    const present = new Set(now.map((e) => e.id));
    for (const id of old.keys()) if (!present.has(id)) changes.push({ id, deleted: true });
    const body = JSON.stringify({ since, version: current, publishedAt: this.version.publishedAt, count: changes.length, changes }, null, 2);
    const rep = represent(current, `changes?since=${since}`, body, "application/json; charset=utf-8", this.version.publishedAt);
    if (this.changesCache.size < 1000) this.changesCache.set(since, rep);
    return rep;
  }

  private rebuild(): void {
    const latest = this.store.versions.latest();
    const stored = latest === 0 ? emptyVersion() : this.store.versions.get(latest)!;
    const document = JSON.parse(stored.eventsJson) as FeedDocument;
    // csv, ics and schema are rendered again; events.json and clashes.json are served byte for byte as stored
    const rendered = { ...renderFeedFiles({ document }), "events.json": stored.eventsJson, "clashes.json": stored.clashesJson };
    const files = new Map<string, Representation>();
    for (const name of FEED_FILE_NAMES) files.set(name, represent(stored.version, name, rendered[name], FEED_CONTENT_TYPES[name], stored.publishedAt));
    this.version = stored;
    this.files = files;
    this.changesCache = new Map();
  }

  private async writeFiles(version: StoredVersion, files: [string, Representation][]): Promise<void> {
    if (this.publicDir === null || version.version !== this.version.version) return; // a newer publish will write
    const bodies: Record<string, Buffer> = Object.fromEntries(files.map(([name, rep]) => [name, rep.body]));
    bodies[join("versions", String(version.version), "events.json")] = bodies["events.json"];
    const written = await writeFeedFiles(this.publicDir, bodies);
    if (!written.ok) throw new Error(written.message);
    this.logger?.debug({ version: version.version, dir: this.publicDir }, "feed files written");
  }
}
