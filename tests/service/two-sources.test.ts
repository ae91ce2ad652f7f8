// Two syncs at once from an Excel workbook and a Google sheet editing the same rows, over real HTTP.
import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cell } from "../../sync-service/src/mapping/types";
import type { SyncResponse } from "../../sync-service/src/sync/sync-types";
import { EXCEL, GSHEETS, makeService, sheetFromResponse, syncBody, type ServiceFixture } from "./service-fixture";

const HEADER = ["ID", "Month/year", "Event", "Location", "Focal Point", "Description"];
let s: ServiceFixture;
let server: Server;
let base: string;

async function post(body: object): Promise<SyncResponse> {
  const res = await fetch(`${base}/api/sync`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${s.editor}` },
    body: JSON.stringify(body),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as SyncResponse;
}

beforeAll(async () => {
  s = makeService();
  server = createServer(s.app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  s.close();
});

describe("two sources syncing at once", () => {
  it("serialises the syncs: no lost update, different fields merge, the same field is a conflict for whoever came second", async () => {
    const seeded = await post(
      syncBody(EXCEL, null, HEADER, Array.from({ length: 20 }, (_, i) => [null, `${i + 1} June 2017`, `Meeting ${i + 1}`, "Geneva", "IOM", `About ${i + 1}`])),
    );
    const g = await post(syncBody(GSHEETS, null, HEADER, []));
    expect(g.rows.length).toBe(20); // the first sync of a source receives the whole mapping
    const excel: Cell[][] = sheetFromResponse(HEADER, seeded.rows);
    const gsheets: Cell[][] = sheetFromResponse(HEADER, g.rows);

    for (let i = 0; i < 10; i++) {
      excel[i][5] = `Excel description ${i}`; // same field as gsheets below
      gsheets[i][5] = `Sheets description ${i}`;
      excel[i + 10][3] = "Vienna"; // different fields on the same rows
      gsheets[i + 10][5] = `Sheets note ${i}`;
    }
    const [fromExcel, fromSheets] = await Promise.all([
      post(syncBody(EXCEL, seeded.version, HEADER, excel)),
      post(syncBody(GSHEETS, g.version, HEADER, gsheets)),
    ]);

    const [first, second] = fromExcel.version < fromSheets.version ? [fromExcel, fromSheets] : [fromSheets, fromExcel];
    expect(first.conflicts).toEqual([]);
    expect(second.conflicts).toHaveLength(10);
    expect(second.version).toBe(first.version + 1);
    const events = new Map(s.store.events.all().map((e) => [e.id, e.fields]));
    for (const c of second.conflicts) {
      expect(c.field).toBe("Description");
      expect(events.get(c.id)!.Description).toBe(c.theirs); // the first writer's value stands
      expect(String(c.yours)).not.toBe(String(c.theirs)); // the second's edit is reported, not applied
    }
    for (let i = 10; i < 20; i++) {
      const id = seeded.rows[i].id;
      expect(events.get(id)).toMatchObject({ Location: "Vienna", Description: `Sheets note ${i - 10}` });
    }
    // every accepted change is a revision: 20 creations, 10 + 10 from the first, 10 from the second
    expect(s.store.events.revisionCount()).toBe(20 + 20 + 10);
  });
});
