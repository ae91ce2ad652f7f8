// The filter a person sets on the timeline page, and its form in the URL so a view can be
// shared: `?focal=ILO&location=Geneva&rcp=1&status=tentative&q=labour&from=2017-01&to=2017-12`.
import type { Status } from "../../mapping/types";

export interface TimelineFilter {
  /** One focal point (canonical name), or null for all. */
  focal: string | null;
  /** One location exactly as the feed names it, or null for all. */
  location: string | null;
  /** Only regional consultative processes. */
  rcp: boolean;
  /** The date's status (SPEC 4), or null for all. */
  status: Status | null;
  /** Free-text search: every word must occur somewhere in the event. */
  q: string;
  /** Date window, months `YYYY-MM` (inclusive); null leaves that side open. */
  from: string | null;
  to: string | null;
}

export const NO_FILTER: TimelineFilter = { focal: null, location: null, rcp: false, status: null, q: "", from: null, to: null };

const STATUSES: readonly Status[] = ["confirmed", "tentative", "tbd"];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function text(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? "";
  return value === "" ? null : value;
}

function month(params: URLSearchParams, name: string): string | null {
  const value = text(params, name);
  return value !== null && MONTH.test(value) ? value : null;
}

/** Reads a filter from URL parameters; anything malformed is ignored rather than refused. */
export function filterFromParams(params: URLSearchParams): TimelineFilter {
  const status = text(params, "status");
  let from = month(params, "from");
  let to = month(params, "to");
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    focal: text(params, "focal"),
    location: text(params, "location"),
    rcp: params.get("rcp") === "1",
    status: STATUSES.includes(status as Status) ? (status as Status) : null,
    q: text(params, "q") ?? "",
    from,
    to,
  };
}

/** The URL parameters of a filter; unset criteria are left out so a plain view has a plain URL. */
export function filterToParams(filter: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.focal) params.set("focal", filter.focal);
  if (filter.location) params.set("location", filter.location);
  if (filter.rcp) params.set("rcp", "1");
  if (filter.status) params.set("status", filter.status);
  if (filter.q.trim()) params.set("q", filter.q.trim());
  if (filter.from) params.set("from", filter.from);
  if (filter.to) params.set("to", filter.to);
  return params;
}
