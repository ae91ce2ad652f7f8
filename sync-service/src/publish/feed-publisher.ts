// The current version's feed, kept in memory so serving it costs about what a static file
// server pays, and written to the public directory. events.json and clashes.json are stored
// with the version and served byte for byte; CSV and iCalendar are derived from events.json
// in a worker thread once publishing pauses (a burst of syncs renders them once, not once per
// sync), then written to disk. Until then the previous version's CSV/iCalendar is served, with
// its own ETag and Last-Modified, and a request for it starts the render at once.
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { Logger } from "pino";
import { jsonFileText } from "../mapping/feed/feed-document";
import { feedJsonSchema } from "../mapping/feed/feed-schema";
import { FEED_CONTENT_TYPES, type FeedFileName } from "../mapping/feed/render-feed-files";
import type { FeedDocument, FeedEvent } from "../mapping/types";
import type { Store } from "../store/store";
import type { StoredVersion } from "../store/versions-repo";
import { renderDerivedFile, type DerivedFiles } from "./derived-files";
import { DerivedFilesRenderer } from "./derived-files-renderer";
import { renderVersionDocuments } from "./publish-version";
import { writeFeedFiles } from "./write-feed-files";

export interface Representation {
  body: Buffer;
  etag: string;
  lastModified: string;
  contentType: string;
}

const EMPTY_AT = "1970-01-01T00:00:00.000Z";
const SCHEMA_TEXT = jsonFileText(feedJsonSchema);
const DERIVED: readonly (keyof DerivedFiles & FeedFileName)[] = ["events.csv", "events.ics"];
/** Derived files are written this long after the last publish, and at most this late after the first. */
const DERIVED_QUIET_MS = 1000;
const DERIVED_MAX_WAIT_MS = 30_000;

function represent(version: number, name: string, body: string, contentType: string, publishedAt: string): Representation {
  const bytes = Buffer.from(body, "utf8");
  const hash = createHash("sha256").update(`${version}\n${name}\n`).update(bytes).digest("base64url").slice(0, 22);
  return { body: bytes, etag: `"${hash}"`, lastModified: new Date(publishedAt).toUTCString(), contentType };
}

/** Version 0: nothing published yet, an empty feed. */
function emptyVersion(): StoredVersion {
  return { version: 0, publishedAt: EMPTY_AT, actor: "", source: "", reason: "sync", count: 0, ...renderVersionDocuments([], [], 0, EMPTY_AT) };
}

export type ChangeEntry = FeedEvent | { id: string; deleted: true };

export class FeedPublisher {
  private version: StoredVersion = emptyVersion();
  private parsed: FeedDocument | null = null;
  private files = new Map<string, Representation>();
  private changesCache = new Map<number, Representation>();
  private writing: Promise<void> = Promise.resolve();
  private derivedTimer: NodeJS.Timeout | null = null;
  private derivedPendingSince = 0;
  private derivedInFlight = false;
  /** The last rendered CSV/iCalendar, served while the current version's are being rendered. */
  private previousDerived = new Map<string, Representation>();
  private schemaWritten = false;
  private readonly renderer = new DerivedFilesRenderer();

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
    const ready = this.files.get(name);
    if (ready || !DERIVED.includes(name as keyof DerivedFiles)) return ready;
    const previous = this.previousDerived.get(name);
    if (!previous) return this.derive(name as keyof DerivedFiles); // nothing rendered yet: render here, once
    if (!this.derivedInFlight) this.writeDerived();
    return previous;
  }

  /**
   * After every publish: take the store's latest version, write events.json, clashes.json,
   * schema.json and versions/N/events.json (resolves once they are on disk); CSV and iCalendar
   * follow when publishing pauses (`settled()` writes them at once). A failed write is logged,
   * not thrown: the version is committed and served from memory, and the next publish or
   * start writes the files again.
   */
  async refresh(): Promise<void> {
    this.rebuild();
    const version = this.version.version;
    // schema.json does not change between versions: written by the first refresh only
    const names: FeedFileName[] = this.schemaWritten ? ["events.json", "clashes.json"] : ["events.json", "clashes.json", "schema.json"];
    try {
      await this.enqueue(() => this.write(version, names, true));
    } catch (err) {
      this.logger?.error({ err, dir: this.publicDir, version }, "writing the feed files failed; they are served from memory and written again at the next publish");
      return;
    }
    this.schemaWritten = true;
    this.scheduleDerived();
  }

  /**
   * Publishes made by another process on the same store (`mapping gsheets pull`) are picked up
   * within `intervalMs`. Returns a function that stops watching.
   */
  watch(intervalMs = 1000): () => void {
    const timer = setInterval(() => {
      if (this.store.versions.latest() !== this.version.version) void this.refresh();
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** Writes any pending CSV/iCalendar files now; resolves when every file of the current version is on disk. */
  async settled(): Promise<void> {
    if (this.derivedTimer) this.writeDerived();
    await this.writing.catch(() => undefined);
  }

  private scheduleDerived(): void {
    if (this.publicDir === null) return;
    const now = Date.now();
    if (this.derivedTimer) clearTimeout(this.derivedTimer);
    else this.derivedPendingSince = now;
    const wait = Math.max(0, Math.min(DERIVED_QUIET_MS, this.derivedPendingSince + DERIVED_MAX_WAIT_MS - now));
    this.derivedTimer = setTimeout(() => this.writeDerived(), wait);
    this.derivedTimer.unref();
  }

  private writeDerived(): void {
    if (this.derivedTimer) clearTimeout(this.derivedTimer);
    this.derivedTimer = null;
    const version = this.version;
    this.derivedInFlight = true;
    this.enqueue(async () => {
      if (DERIVED.some((name) => !this.files.has(name))) {
        const rendered = await this.renderer.render(version.eventsJson);
        if (version !== this.version) return; // a newer publish schedules its own
        for (const name of DERIVED) if (!this.files.has(name)) this.derive(name, rendered[name]);
      }
      await this.write(version.version, DERIVED, false);
    })
      .finally(() => {
        this.derivedInFlight = false;
      })
      .catch((err: unknown) =>
      this.logger?.error({ err }, "writing the CSV/iCalendar feed files failed"),
    );
  }

  /** `versions/N/events.json` of any published version. */
  versionEvents(n: number): Representation | null {
    if (n === this.version.version) return this.files.get("events.json") ?? null;
    const stored = this.store.versions.get(n);
    return stored ? represent(n, "events.json", stored.eventsJson, FEED_CONTENT_TYPES["events.json"], stored.publishedAt) : null;
  }

  /** What changed in the feed since version `since`: changed events whole, deletions as tombstones. */
  changes(since: number): Representation | null {
    const cached = this.changesCache.get(since);
    if (cached) return cached;
    const current = this.version.version;
    if (since > current) return null;
    const then = since === 0 ? null : this.store.versions.get(since);
    if (since !== 0 && then === null) return null;
    const old = new Map(then === null ? [] : (JSON.parse(then.eventsJson) as FeedDocument).events.map((e) => [e.id, JSON.stringify(e)]));
    const changes: ChangeEntry[] = this.document.events.filter((e) => old.get(e.id) !== JSON.stringify(e));
    const present = new Set(this.document.events.map((e) => e.id));
    for (const id of old.keys()) if (!present.has(id)) changes.push({ id, deleted: true });
    const body = jsonFileText({ since, version: current, publishedAt: this.version.publishedAt, count: changes.length, changes });
    const rep = represent(current, `changes?since=${since}`, body, FEED_CONTENT_TYPES["events.json"], this.version.publishedAt);
    if (this.changesCache.size < 1000) this.changesCache.set(since, rep);
    return rep;
  }

  private rebuild(): void {
    const latest = this.store.versions.latest();
    const stored = latest === 0 ? emptyVersion() : this.store.versions.get(latest)!;
    if (stored.version === this.version.version && this.files.size > 0) return;
    this.version = stored;
    this.parsed = null;
    const at = stored.publishedAt;
    for (const name of DERIVED) {
      const rendered = this.files.get(name);
      if (rendered) this.previousDerived.set(name, rendered);
    }
    this.files = new Map([
      ["events.json", represent(stored.version, "events.json", stored.eventsJson, FEED_CONTENT_TYPES["events.json"], at)],
      ["clashes.json", represent(stored.version, "clashes.json", stored.clashesJson, FEED_CONTENT_TYPES["clashes.json"], at)],
      ["schema.json", represent(stored.version, "schema.json", SCHEMA_TEXT, FEED_CONTENT_TYPES["schema.json"], at)],
    ]);
    this.changesCache = new Map();
  }

  /** The current events.json, parsed on first need (changes, CSV, iCalendar), not at every publish. */
  private get document(): FeedDocument {
    this.parsed ??= JSON.parse(this.version.eventsJson) as FeedDocument;
    return this.parsed;
  }

  private derive(name: keyof DerivedFiles, body: string = renderDerivedFile(this.document, name)): Representation {
    const rep = represent(this.version.version, name, body, FEED_CONTENT_TYPES[name], this.version.publishedAt);
    this.files.set(name, rep);
    return rep;
  }

  /** Stops the worker thread. */
  async close(): Promise<void> {
    await this.renderer.close();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.writing.catch(() => undefined).then(work);
    this.writing = next;
    return next;
  }

  private async write(version: number, names: readonly FeedFileName[], withVersionCopy: boolean): Promise<void> {
    if (this.publicDir === null || version !== this.version.version) return; // a newer publish writes its own
    const bodies: Record<string, Buffer> = Object.fromEntries(names.map((name) => [name, this.file(name)!.body]));
    if (withVersionCopy) bodies[join("versions", String(version), "events.json")] = bodies["events.json"];
    const written = await writeFeedFiles(this.publicDir, bodies);
    if (!written.ok) throw new Error(written.message);
    this.logger?.debug({ version, files: names }, "feed files written");
  }
}
