// The pane's service client: every failure comes back as a value with words a person can act on.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postSync } from "../../addin/excel/service-client/service-client";
import type { SyncRequest } from "../../sync-service/src/sync/sync-types";

const REQUEST: SyncRequest = { source: { kind: "excel", id: "wb", name: "Book.xlsx" }, baseVersion: null, header: ["Event"], rows: [{ row: 2, cells: ["Forum"] }] };

/** Answers with the status given in the path's first segment, the service's error shape. */
let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const status = Number(req.url?.split("/")[1]);
    res.writeHead(status, { "Content-Type": "application/json" });
    if (status === 200) res.end(JSON.stringify({ version: 3, published: true, rows: [], removed: [], issues: [], clashes: [], conflicts: [], changes: { created: 0, updated: 0, deleted: 0 } }));
    else if (status === 299) res.end("<html>not the service</html>");
    else res.end(JSON.stringify({ error: { code: `code-${status}`, message: `said ${status}` } }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sync = (status: number) => postSync({ baseUrl: `${base}/${status}`, token: "t" }, REQUEST);

describe("postSync", () => {
  it("returns the service's answer", async () => {
    const result = await sync(200);
    expect(result.ok && result.value.version).toBe(3);
  });

  it.each([
    [401, "unauthorized", /did not accept your token.*said 401.*Settings/],
    [403, "forbidden", /not allowed/],
    [413, "too-large", /too large for one sync.*said 413/],
    [409, "conflict", /Press Sync again/],
    [500, "server", /HTTP 500\). Nothing was changed/],
    [503, "server", /Try again in a minute/],
    [422, "rejected", /said 422/],
  ])("HTTP %i is %s, in plain words", async (status, kind, words) => {
    const result = await sync(status);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.kind).toBe(kind);
    expect(result.code).toBe(`code-${status}`);
    expect(result.message).toMatch(words);
  });

  it("says so when the answer is not a sync result", async () => {
    const result = await sync(299);
    expect(!result.ok && result.kind).toBe("bad-response");
  });

  it("says the service cannot be reached when nothing listens", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await postSync({ baseUrl: `http://127.0.0.1:${port}`, token: "t" }, REQUEST);
    expect(!result.ok && result.kind).toBe("offline");
    if (!result.ok) expect(result.message).toMatch(/cannot be reached.*Validate still works offline/);
  });
});
