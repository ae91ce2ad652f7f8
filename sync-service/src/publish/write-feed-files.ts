// Feed files on disk, each replaced atomically: a reader (a static web server, a CDN sync) sees
// the old file or the new one, never a half-written one (SPEC 7).
import { randomBytes } from "node:crypto";
import { mkdir, open, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

export type WriteFeedFilesResult = { ok: true; written: string[] } | { ok: false; message: string; written: string[] };

/** Write, flush to disk, then rename over the target: rename within one directory is atomic. */
async function writeAtomically(path: string, body: string | Buffer): Promise<void> {
  const temp = `${path}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(body);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

/** After renames, flush the folder itself so the new names survive a power cut (POSIX; a no-op where folders cannot be opened). */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename itself is still atomic there.
  }
}

/**
 * Writes every file (names may contain `/` for sub-folders, e.g. `versions/3/events.json`)
 * under `dir`, creating folders as needed. Stops at the first failure and says which file.
 */
export async function writeFeedFiles(dir: string, files: Record<string, string | Buffer>): Promise<WriteFeedFilesResult> {
  const written: string[] = [];
  const folders = new Set<string>();
  for (const [name, body] of Object.entries(files)) {
    const path = join(dir, name);
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeAtomically(path, body);
      written.push(path);
      folders.add(dirname(path));
    } catch (err) {
      return { ok: false, message: `Cannot write "${path}": ${(err as Error).message}`, written };
    }
  }
  for (const folder of folders) await syncFolder(folder);
  return { ok: true, written };
}
