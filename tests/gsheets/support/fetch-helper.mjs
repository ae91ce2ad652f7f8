// UrlFetchApp.fetch is synchronous in Apps Script; the fake runs each request here, in a child
// process the test waits for (execFileSync). Reads the request as JSON on stdin, prints the answer.
import { readFileSync } from "node:fs";

const req = JSON.parse(readFileSync(0, "utf8"));
try {
  const res = await fetch(req.url, {
    method: req.method.toUpperCase(),
    headers: { ...(req.contentType ? { "content-type": req.contentType } : {}), ...req.headers },
    body: req.payload,
    signal: AbortSignal.timeout(20_000),
  });
  process.stdout.write(JSON.stringify({ code: res.status, text: await res.text() }));
} catch (err) {
  process.stdout.write(JSON.stringify({ error: String(err?.cause?.message ?? err?.message ?? err) }));
}
