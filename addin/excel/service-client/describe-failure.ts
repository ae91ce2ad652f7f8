// A failed request in words a person can act on: what happened, and what to do now.

export type FailureKind = "offline" | "unauthorized" | "forbidden" | "too-large" | "conflict" | "rejected" | "server" | "bad-response";

export interface ServiceFailure {
  ok: false;
  kind: FailureKind;
  status: number | null;
  /** The service's own error code, when it sent one (`unknown-version`, `invalid-token`, ...). */
  code: string | null;
  message: string;
}

export function offlineFailure(baseUrl: string, cause: unknown): ServiceFailure {
  const detail = cause instanceof Error && cause.message ? ` (${cause.message})` : "";
  return {
    ok: false,
    kind: "offline",
    status: null,
    code: null,
    message:
      `The sync service at ${baseUrl} cannot be reached${detail}. Check your network connection and the service URL in Settings, ` +
      `then try again. Your sheet was not changed; Validate still works offline.`,
  };
}

/** `said` is the service's `error.message`, when the body had one. */
export function httpFailure(status: number, code: string | null, said: string | null): ServiceFailure {
  const because = said ? ` The service said: ${said}` : "";
  const fail = (kind: FailureKind, message: string): ServiceFailure => ({ ok: false, kind, status, code, message });
  if (status === 401) return fail("unauthorized", `The service did not accept your token.${because} Enter a valid editor token in Settings (an admin creates one with \`npx mapping token create\`).`);
  if (status === 403) return fail("forbidden", `Your token is not allowed to do this.${because} Ask an admin for a token with the right role.`);
  if (status === 413) return fail("too-large", `The table is too large for one sync.${because} Split the mapping into smaller tables or shorten very long cells, then sync again.`);
  if (status === 409) return fail("conflict", `The service and this workbook disagree about what was synced last.${because} Press Sync again: this workbook will be synced as new, which adds and updates rows and deletes nothing.`);
  if (status >= 500) return fail("server", `The sync service failed (HTTP ${status}). Nothing was changed. Try again in a minute; if it keeps failing, tell the person who runs the service.${because}`);
  return fail("rejected", `The service refused the request (HTTP ${status}).${because || " Check the table and try again."}`);
}

export function badResponse(status: number, detail: string): ServiceFailure {
  return {
    ok: false,
    kind: "bad-response",
    status,
    code: null,
    message: `The service answered with something that is not a sync result (${detail}). Check that the service URL in Settings points at the process mapping service.`,
  };
}
