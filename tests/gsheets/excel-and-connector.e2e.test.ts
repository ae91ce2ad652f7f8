// The same "Done when" through the service-side connector: a Google spreadsheet pulled by the
// connector (fake Sheets v4 API, real client) and an Excel user on the service's HTTP API, one store.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createApp } from "../../sync-service/src/service/app";
import { startHarness, type Harness } from "./support/connector-harness";
import { ExcelUser } from "./support/excel-user";
import { sampleRows } from "./support/sample-rows";

const SHEET = "partners";
let h: Harness;
let server: Server;
let excel: ExcelUser;

beforeEach(async () => {
  h = await startHarness();
  const created = h.store.tokens.create("excel-user", "editor", "2017-01-01T00:00:00Z");
  if (!created.ok) throw new Error(created.message);
  server = createServer(createApp({ store: h.store }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  excel = new ExcelUser(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, created.token, ["ID", "Month/year", "Event", "Location", "Focal Point", "Description"]);
});

afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await h.close();
});

describe("Excel (HTTP API) and Google Sheets (service-side connector) on one mapping", () => {
  it("see each other's edits after a pull, with same-field edits reported as conflicts", async () => {
    h.fake.addSheet(SHEET, "Mapping", sampleRows(8));
    expect(await h.pull(SHEET)).toMatchObject({ ok: true, summary: { changes: { created: 8 } } });
    const header = h.fake.values(SHEET)[0]!.map(String);
    const at = (name: string) => header.indexOf(name);
    const idOfRow = (r: number) => String(h.fake.values(SHEET)[r]![at("ID")]);

    await excel.sync();
    expect(excel.rows).toHaveLength(8);
    excel.rowWithId(idOfRow(1))[excel.column("Focal Point")] = "ILO, IOM";
    excel.rowWithId(idOfRow(2))[excel.column("Location")] = "Brooklyn";
    await excel.sync();

    h.fake.setValue(SHEET, 2, at("Location"), "Queens"); // same field as Excel: a conflict
    h.fake.setValue(SHEET, 1, at("Description"), "Edited in Google Sheets."); // another field: merges
    const pulled = await h.pull(SHEET);
    expect(pulled).toMatchObject({ ok: true, summary: { conflicts: 1, changes: { updated: 1 } } });

    const values = h.fake.values(SHEET);
    expect(values[1]![at("Focal Point")]).toBe("ILO, IOM");
    expect(values[1]![at("Description")]).toBe("Edited in Google Sheets.");
    expect(values[2]![at("Location")]).toBe("Brooklyn");
    expect(values[2]![at("Sync status")]).toBe("conflict: Location");
    expect(h.fake.note(SHEET, 2, at("Location"))).toMatch(/^Process mapping: /);
    expect(h.fake.count("batchUpdate")).toBe(2);

    await excel.sync();
    expect(excel.rowWithId(idOfRow(1))[excel.column("Description")]).toBe("Edited in Google Sheets.");
    expect(excel.rowWithId(idOfRow(2))[excel.column("Location")]).toBe("Brooklyn");
  });
});
