// `mapping token create|list|revoke`: printed once, stored hashed, revocation takes effect at once.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import request from "supertest";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runToken } from "../../sync-service/src/cli/token";
import { createApp } from "../../sync-service/src/service/app";
import { openStore } from "../../sync-service/src/store/store";
import { hashToken } from "../../sync-service/src/store/tokens-repo";
import { useTempDir } from "../support/temp-dir";

const dir = useTempDir("mapping-tokens-");
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});
afterEach(() => vi.restoreAllMocks());

describe("mapping token", () => {
  it("creates a token printed once, stores only its sha256, lists and revokes it", async () => {
    const db = join(dir(), "tokens.db");
    expect(await runToken(["create", "--name", "partner-sheet", "--role", "editor", "--db", db])).toBe(0);
    const token = out[0];
    expect(token).toMatch(/^pm_[\w-]{32}$/);

    const files = [db, `${db}-wal`].filter(existsSync).map((f) => readFileSync(f));
    expect(files.some((bytes) => bytes.includes(token))).toBe(false);
    const store = openStore(db);
    const row = store.db.prepare("SELECT hash FROM tokens WHERE name = ?").get("partner-sheet") as { hash: string };
    expect(row.hash).toBe(hashToken(token));

    const app = createApp({ store });
    const withToken = () => request(app).post("/api/validate").auth(token, { type: "bearer" }).send({ source: { kind: "api", id: "x", name: "x" }, baseVersion: null, header: ["Event"], rows: [] });
    expect((await withToken()).status).toBe(200);

    out = [];
    expect(await runToken(["list", "--db", db])).toBe(0);
    expect(out.join("\n")).toMatch(/partner-sheet\s+editor/);
    expect(out.join("\n")).not.toContain(token);

    expect(await runToken(["create", "--name", "partner-sheet", "--role", "admin", "--db", db])).toBe(1);
    expect(err.join("\n")).toContain("already exists");

    expect(await runToken(["revoke", "partner-sheet", "--db", db])).toBe(0);
    const revoked = await withToken();
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe("invalid-token");
    expect(await runToken(["revoke", "partner-sheet", "--db", db])).toBe(1);
    store.close();
  });

  it("refuses a missing name or a wrong role with usage", async () => {
    const db = join(dir(), "other.db");
    expect(await runToken(["create", "--name", "x", "--role", "owner", "--db", db])).toBe(2);
    expect(await runToken(["create", "--role", "admin", "--db", db])).toBe(2);
    expect(await runToken(["rotate", "--db", db])).toBe(2);
    expect(err.join("\n")).toContain("Usage:");
  });
});
