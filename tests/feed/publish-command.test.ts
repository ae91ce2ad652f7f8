// `mapping publish`, run in-process with stdout and stderr captured.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runPublish } from "../../sync-service/src/cli/publish";
import { feedJsonSchema } from "../../sync-service/src/mapping/feed/feed-schema";
import type { FeedDocument } from "../../sync-service/src/mapping/types";
import { SAMPLE_CSV } from "../support/mapping-sheet";
import { runCommand } from "../support/run-command";
import { useTempDir } from "../support/temp-dir";
import { readEvents } from "./ics-reader";

const run = (args: string[]) => runCommand(runPublish, args);

const tempDir = useTempDir("mapping-publish-");
const ajv = new Ajv2020({ strict: false });
addFormats.default(ajv);

describe("mapping publish", () => {
  it("writes the five feed files for the seed and says so", async () => {
    const out = join(tempDir(), "seed");
    const result = await run([SAMPLE_CSV, "--out", out, "--today", "2016-11-17"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(["clashes.json", "events.csv", "events.ics", "events.json", "schema.json"]);

    const doc = JSON.parse(await readFile(join(out, "events.json"), "utf8")) as FeedDocument;
    const schema = JSON.parse(await readFile(join(out, "schema.json"), "utf8")) as object;
    expect(schema).toEqual(feedJsonSchema);
    expect(ajv.validate(schema, doc)).toBe(true);
    expect(doc).toMatchObject({ schemaVersion: "1.0", version: 1, count: 50 });

    const csv = Papa.parse<Record<string, string>>(await readFile(join(out, "events.csv"), "utf8"), { header: true });
    expect(csv.data.map((r) => r.id)).toEqual(doc.events.map((e) => e.id));
    const ics = readEvents(await readFile(join(out, "events.ics"), "utf8"));
    const clashes = JSON.parse(await readFile(join(out, "clashes.json"), "utf8")) as { count: number };

    expect(result.out).toContain(`Published 50 events (${ics.length} with dates in events.ics):`);
    expect(result.out).toContain(join(out, "events.ics"));
    expect(result.out).toContain("No rows held back.");
    expect(clashes.count).toBeGreaterThan(0);
  });

  it("holds back rows with errors, lists them, and publishes the rest", async () => {
    const file = join(tempDir(), "errors.csv");
    await writeFile(
      file,
      [
        "Month/year,Event,Location,Focal Point,Outcome URL",
        '"November 14, 2016",Good meeting,Geneva,IOM,',
        "31 February 2017,Impossible day,Geneva,IOM,",
        '"March 2017",Bad link,Geneva,IOM,www.iom.int',
        '"April 2017",Second good meeting,Rome,IOM,',
      ].join("\r\n"),
    );
    const out = join(tempDir(), "errors");
    const result = await run([file, "--out", out, "--today", "2016-11-17"]);
    expect(result.code).toBe(0);
    const doc = JSON.parse(await readFile(join(out, "events.json"), "utf8")) as FeedDocument;
    expect(doc.events.map((e) => e.title)).toEqual(["Good meeting", "Second good meeting"]);
    expect(result.out).toContain("Published 2 events");
    expect(result.out).toContain("2 rows held back for errors (not published; fix them and publish again): rows 3, 4");
    expect(result.out).toMatch(/row 3 {2}"Impossible day"\n {4}Month\/year: impossible-date/);
    expect(result.out).toMatch(/row 4 {2}"Bad link"\n {4}Outcome URL: malformed-url .*→ https:\/\/www\.iom\.int/);
  });

  it("gives the same ids to the same rows on every run", async () => {
    const first = join(tempDir(), "ids-1");
    const second = join(tempDir(), "ids-2");
    await run([SAMPLE_CSV, "--out", first]);
    await run([SAMPLE_CSV, "--out", second]);
    const ids = async (dir: string) => (JSON.parse(await readFile(join(dir, "events.json"), "utf8")) as FeedDocument).events.map((e) => e.id);
    expect(await ids(second)).toEqual(await ids(first));
  });

  it("exits 2 with a message when the file cannot be read", async () => {
    const result = await run([join(tempDir(), "missing.csv"), "--out", join(tempDir(), "never")]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("mapping publish: Cannot read");
    await expect(readdir(join(tempDir(), "never"))).rejects.toThrow();
  });

  it("exits 2 and writes nothing when the sheet has no event column", async () => {
    const file = join(tempDir(), "no-event.csv");
    await writeFile(file, "Month/year,Location\r\nNovember 2016,Geneva\r\n");
    const out = join(tempDir(), "no-event");
    const result = await run([file, "--out", out]);
    expect(result.code).toBe(2);
    expect(result.err).toContain("mapping publish: nothing written, the sheet cannot be published:\n  row 1: ");
    await expect(readdir(out)).rejects.toThrow();
  });

  it.each([
    [[SAMPLE_CSV], "--out DIR"],
    [["--out", "x"], "exactly one mapping file"],
    [[SAMPLE_CSV, "--out", "x", "--today", "17/11/2016"], "--today must be a day"],
  ])("exits 2 on bad arguments %j", async (args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
  });

  it("exits 2 when the output folder cannot be written", async () => {
    const blocker = join(tempDir(), "a-file");
    await writeFile(blocker, "x");
    const result = await run([SAMPLE_CSV, "--out", blocker]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`Cannot write "${join(blocker, "events.json")}"`);
  });
});
