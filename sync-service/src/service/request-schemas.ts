// zod at the edge: every request body is checked here before it reaches the store.
import type { Request } from "express";
import { z } from "zod";
import { ApiError } from "./api-error";

const cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const syncRequestSchema = z.object({
  source: z.object({
    kind: z.enum(["excel", "gsheets", "api"]),
    id: z.string().min(1).max(500),
    name: z.string().max(500),
  }),
  baseVersion: z.number().int().nonnegative().nullable(),
  header: z.array(z.string().max(500)).min(1),
  rows: z.array(z.object({ row: z.number().int().min(2), cells: z.array(cell) })),
});

export const clashPairSchema = z.object({
  a: z.string().min(1).max(100),
  b: z.string().min(1).max(100),
});

export const acknowledgeSchema = clashPairSchema.extend({
  reason: z.string().trim().min(1, "say why the clash is acceptable").max(2000),
});

/** The body, checked: JSON content type and the schema's shape, else a 4xx. */
export function parseBody<T>(schema: z.ZodType<T>, req: Request): T {
  if (!req.is("application/json")) {
    throw new ApiError(415, "unsupported-media-type", "Send the body as JSON with `Content-Type: application/json`.");
  }
  const parsed = schema.safeParse(req.body);
  if (!parsed.success) {
    throw new ApiError(400, "invalid-request", `The request body does not have the expected shape: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
