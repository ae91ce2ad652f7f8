import type { DateParseResult, MappingEvent } from "../types";
import type { FocalPointName } from "./focal-points";

/** One typed cell, kept for the checks that look at what was typed rather than what it means. */
export interface TypedCell {
  /** Canonical column name for ours (`Event`), the header text for the others. */
  column: string;
  /** Position in the header, for ordering issues left to right. */
  index: number;
  text: string;
  /** True when the sheet handed over text (not a number or boolean). */
  isText: boolean;
}

/** A sheet row read into an event, with what the checks need to explain it. */
export interface ParsedRow {
  event: MappingEvent;
  /** The date parser's verdict; null when the date cell is blank. */
  dateResult: DateParseResult | null;
  cells: TypedCell[];
  focalPoints: FocalPointName[];
  /** The location marker as typed (`(TBC)`, `TBD`), null when there is none. */
  locationMarker: string | null;
}
