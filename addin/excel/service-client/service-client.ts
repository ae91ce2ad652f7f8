// The pane's calls to the sync service: fetch, a bearer token, and every failure as a value.
import type { SyncRequest, SyncResponse } from "../../../sync-service/src/sync/sync-types";
import { badResponse, httpFailure, offlineFailure, type ServiceFailure } from "./describe-failure";

export type ServiceResult<T> = { ok: true; value: T } | ServiceFailure;

export interface ServiceTarget {
  baseUrl: string;
  token: string;
  /** Injectable for tests; the browser's fetch otherwise. */
  fetch?: typeof fetch;
}

async function call<T>(target: ServiceTarget, method: string, path: string, body: unknown, isValid: (v: unknown) => boolean): Promise<ServiceResult<T>> {
  const doFetch = target.fetch ?? globalThis.fetch.bind(globalThis);
  let response: Response;
  try {
    response = await doFetch(`${target.baseUrl}${path}`, {
      method,
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${target.token}` },
      body: JSON.stringify(body),
    });
  } catch (err) {
    return offlineFailure(target.baseUrl, err);
  }
  const text = await response.text().catch(() => "");
  let json: unknown = null;
  try {
    json = text === "" ? null : JSON.parse(text);
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = (json as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    return httpFailure(
      response.status,
      typeof error?.code === "string" ? error.code : null,
      typeof error?.message === "string" ? error.message : null,
    );
  }
  if (!isValid(json)) return badResponse(response.status, json === null ? "not JSON" : "unexpected JSON");
  return { ok: true, value: json as T };
}

const isSyncResponse = (v: unknown): boolean => {
  const r = v as Partial<SyncResponse> | null;
  return !!r && typeof r.version === "number" && Array.isArray(r.rows) && Array.isArray(r.issues) && Array.isArray(r.clashes) && Array.isArray(r.conflicts);
};

/** SPEC 8: `POST /api/sync`. */
export function postSync(target: ServiceTarget, request: SyncRequest): Promise<ServiceResult<SyncResponse>> {
  return call(target, "POST", "/api/sync", request, isSyncResponse);
}

export interface AcknowledgeAnswer {
  version: number;
}

/** Admin only: `POST /api/clashes/acknowledge` for the clash between events `a` and `b`. */
export function acknowledgeClash(target: ServiceTarget, a: string, b: string, reason: string): Promise<ServiceResult<AcknowledgeAnswer>> {
  return call(target, "POST", "/api/clashes/acknowledge", { a, b, reason }, (v) => typeof (v as AcknowledgeAnswer | null)?.version === "number");
}
