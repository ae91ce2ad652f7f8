// The Excel side of the end-to-end test, straight through the HTTP API as source kind "excel":
// a workbook table that syncs and then holds exactly the rows the service answers.
import type { Cell } from "../../../sync-service/src/mapping/types";
import type { SyncResponse } from "../../../sync-service/src/sync/sync-types";

export class ExcelUser {
  rows: Cell[][] = [];
  version: number | null = null;

  constructor(
    private readonly serviceUrl: string,
    private readonly token: string,
    readonly header: string[],
  ) {}

  async sync(): Promise<SyncResponse> {
    const res = await fetch(`${this.serviceUrl}/api/sync`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
      body: JSON.stringify({
        source: { kind: "excel", id: "secretariat.xlsx", name: "Secretariat mapping.xlsx" },
        baseVersion: this.version,
        header: this.header,
        rows: this.rows.map((cells, i) => ({ row: i + 2, cells })),
      }),
    });
    if (res.status !== 200) throw new Error(`excel sync: ${res.status} ${await res.text()}`);
    const response = (await res.json()) as SyncResponse;
    this.rows = response.rows.map((r) => r.cells);
    this.version = response.version;
    return response;
  }

  column(name: string): number {
    return this.header.indexOf(name);
  }

  rowWithId(id: string): Cell[] {
    const row = this.rows.find((r) => r[this.column("ID")] === id);
    if (!row) throw new Error(`the workbook has no row ${id}`);
    return row;
  }
}
