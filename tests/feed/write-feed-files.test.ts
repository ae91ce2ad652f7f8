// writeFeedFiles: every file replaced atomically, folders created, no temp files left behind.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeFeedFiles } from "../../sync-service/src/publish/write-feed-files";
import { useTempDir } from "../support/temp-dir";

const tempDir = useTempDir("feed-files-");

describe("writeFeedFiles", () => {
  it("creates the folder and writes text and bytes, sub-folders included", async () => {
    const dir = join(tempDir(), "new", "public");
    const result = await writeFeedFiles(dir, { "events.json": "{}\n", "events.ics": Buffer.from("BEGIN:VCALENDAR\r\n"), "versions/3/events.json": "[]" });
    expect(result).toEqual({ ok: true, written: [join(dir, "events.json"), join(dir, "events.ics"), join(dir, "versions/3/events.json")] });
    expect(await readFile(join(dir, "events.json"), "utf8")).toBe("{}\n");
    expect(await readFile(join(dir, "events.ics"), "utf8")).toBe("BEGIN:VCALENDAR\r\n");
    expect(await readFile(join(dir, "versions/3/events.json"), "utf8")).toBe("[]");
    expect((await readdir(dir)).sort()).toEqual(["events.ics", "events.json", "versions"]);
  });

  it("replaces an existing file and leaves no temp file", async () => {
    const dir = join(tempDir(), "replace");
    await writeFeedFiles(dir, { "events.csv": "old" });
    await writeFeedFiles(dir, { "events.csv": "new" });
    expect(await readFile(join(dir, "events.csv"), "utf8")).toBe("new");
    expect(await readdir(dir)).toEqual(["events.csv"]);
  });

  it("never lets a reader see a partly written file while it is replaced", async () => {
    const dir = join(tempDir(), "race");
    const size = 4 * 1024 * 1024;
    const versions = [Buffer.alloc(size, "a"), Buffer.alloc(size, "b")];
    await writeFeedFiles(dir, { "events.json": versions[0] });
    let writing = true;
    const seen = new Set<string>();
    const reader = (async () => {
      for (let i = 0; i < 500 && writing; i++) {
        const body = await readFile(join(dir, "events.json"));
        expect(body.length).toBe(size);
        const first = String.fromCharCode(body[0]);
        expect(body.every((b) => b === body[0])).toBe(true);
        seen.add(first);
      }
    })();
    for (let i = 1; i <= 12; i++) {
      const result = await writeFeedFiles(dir, { "events.json": versions[i % 2] });
      expect(result.ok).toBe(true);
    }
    writing = false;
    await reader;
    expect(seen.size).toBeGreaterThan(0);
    expect(await readdir(dir)).toEqual(["events.json"]);
  });

  it("reports the file it could not write and removes its temp file", async () => {
    const dir = join(tempDir(), "blocked");
    await mkdir(join(dir, "events.json"), { recursive: true }); // a folder where the file should go
    const result = await writeFeedFiles(dir, { "events.csv": "ok", "events.json": "{}", "events.ics": "never" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(`Cannot write "${join(dir, "events.json")}"`);
    expect(result.written).toEqual([join(dir, "events.csv")]);
    expect((await readdir(dir)).sort()).toEqual(["events.csv", "events.json"]);
  });

  it("fails with a message when the output folder is a file", async () => {
    const file = join(tempDir(), "not-a-folder");
    await writeFile(file, "x");
    const result = await writeFeedFiles(file, { "events.json": "{}" });
    expect(result).toMatchObject({ ok: false, written: [] });
  });
});
