// A real sync service in its own process (run with tsx), so a test may block on a synchronous
// UrlFetchApp stand-in without blocking the service. Prints one JSON line: port and tokens.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createApp } from "../../../sync-service/src/service/app";
import { openStore } from "../../../sync-service/src/store/store";

const store = openStore(process.argv[2] ?? ":memory:");
const now = () => new Date().toISOString();
const token = (name: string) => {
  const created = store.tokens.create(name, "editor", now());
  if (!created.ok) throw new Error(created.message);
  return created.token;
};
const tokens = { gsheets: token("sheets-user"), excel: token("excel-user") };
const server = createServer(createApp({ store }));
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port, tokens })}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
