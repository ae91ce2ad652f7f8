// OpenAPI 3.1 description of every route, written by hand (tests check it lists them all).
import { z } from "zod";
import { acknowledgeSchema, clashPairSchema, syncRequestSchema } from "./request-schemas";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const ok = (description: string, schema: object = { type: "object" }) => ({ description, content: json(schema) });
const feedFile = (summary: string, type: string) => ({
  get: {
    tags: ["feed"],
    summary,
    parameters: [{ $ref: "#/components/parameters/IfNoneMatch" }],
    responses: {
      "200": { description: "The current version", headers: { $ref: "#/components/headers/Caching" }, content: { [type]: {} } },
      "304": { description: "Not modified (If-None-Match matched the ETag)" },
    },
  },
});
const secured = (role: "editor" | "admin") => ({
  security: [{ bearer: [] }],
  description: `Needs an ${role} token.`,
});
const authErrors = {
  "401": error("Missing, unknown or revoked token"),
  "403": error("The token's role may not do this"),
};
const bodyErrors = {
  "400": error("Malformed JSON or wrong shape"),
  "413": error("Body, row count or a cell too large"),
  "415": error("Body is not JSON"),
};
const syncOperation = (summary: string, okDescription: string) => ({
  tags: ["sync"],
  summary,
  ...secured("editor"),
  requestBody: { required: true, content: json(ref("SyncRequest")) },
  responses: {
    "200": ok(okDescription, ref("SyncResponse")),
    ...bodyErrors,
    ...authErrors,
    "409": error("baseVersion does not exist"),
    "422": error("No event column in the header, or a row carries an ID the service never issued"),
  },
});
const versionParam = { name: "n", in: "path", required: true, schema: { type: "integer", minimum: 1 } };

export const openApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Process mapping sync service",
    version: "1.0.0",
    description: "Spreadsheets sync into the service; feed consumers pull the published mapping (SPEC 7–9).",
  },
  paths: {
    "/feed/events.json": feedFile("The published events (FeedDocument)", "application/json"),
    "/feed/events.csv": feedFile("The published events as RFC 4180 CSV", "text/csv"),
    "/feed/events.ics": feedFile("The dated published events as RFC 5545 iCalendar", "text/calendar"),
    "/feed/clashes.json": feedFile("Date clashes among the published events", "application/json"),
    "/feed/schema.json": feedFile("JSON Schema of events.json", "application/schema+json"),
    "/feed/changes": {
      get: {
        tags: ["feed"],
        summary: "What changed since version N: changed events whole, deletions as { id, deleted: true }",
        parameters: [{ name: "since", in: "query", required: true, schema: { type: "integer", minimum: 0 } }],
        responses: { "200": ok("Changes", ref("Changes")), "304": { description: "Not modified" }, "400": error("since is not a number"), "404": error("No such version") },
      },
    },
    "/feed/versions/{n}/events.json": {
      get: {
        tags: ["feed"],
        summary: "events.json of an earlier published version",
        parameters: [versionParam],
        responses: { "200": ok("That version's FeedDocument"), "304": { description: "Not modified" }, "404": error("No such version") },
      },
    },
    "/api/sync": { post: syncOperation("Merge a sheet into the store (SPEC 8), publish, and answer the rows the sheet should now hold", "Merged") },
    "/api/validate": { post: syncOperation("The same as /api/sync, stores nothing (ids of new rows are provisional)", "What a sync would do") },
    "/api/events": {
      get: {
        tags: ["store"],
        summary: "Every event in the store: latest submitted fields and last published state",
        parameters: [{ name: "deleted", in: "query", schema: { type: "boolean" }, description: "include tombstones" }],
        responses: { "200": ok("Events") },
      },
    },
    "/api/events/{id}/history": {
      get: {
        tags: ["store"],
        summary: "Every revision of an event: who, when, source, before/after; and edits that lost a conflict",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": ok("History"), "404": error("No such event") },
      },
    },
    "/api/clashes/acknowledge": {
      post: {
        tags: ["clashes"],
        summary: "Acknowledge the clash of events a and b; republishes clashes.json",
        ...secured("admin"),
        requestBody: { required: true, content: json(z.toJSONSchema(acknowledgeSchema)) },
        responses: { "200": ok("Acknowledged"), ...bodyErrors, ...authErrors, "404": error("No such event") },
      },
      delete: {
        tags: ["clashes"],
        summary: "Withdraw an acknowledgement",
        ...secured("admin"),
        requestBody: { required: true, content: json(z.toJSONSchema(clashPairSchema)) },
        responses: { "200": ok("Withdrawn"), ...bodyErrors, ...authErrors, "404": error("Not acknowledged") },
      },
    },
    "/api/versions": {
      get: { tags: ["store"], summary: "Every published version: when, by whom, why, how many events", responses: { "200": ok("Versions") } },
    },
    "/api/versions/{n}/restore": {
      post: {
        tags: ["store"],
        summary: "Publish a new version equal to version n",
        ...secured("admin"),
        parameters: [versionParam],
        responses: { "200": ok("Restored"), ...authErrors, "400": error("n is not a number"), "404": error("No such version") },
      },
    },
    "/api/health": { get: { tags: ["service"], summary: "Liveness and the current version", responses: { "200": ok("Healthy") } } },
    "/api/openapi.json": { get: { tags: ["service"], summary: "This document", responses: { "200": ok("OpenAPI 3.1") } } },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "`npx mapping token create --name NAME --role editor|admin`" } },
    parameters: { IfNoneMatch: { name: "If-None-Match", in: "header", schema: { type: "string" } } },
    headers: {
      Caching: {
        description: "ETag, Last-Modified and Access-Control-Allow-Origin: * are sent with every feed response",
        schema: { type: "string" },
      },
    },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: { error: { type: "object", required: ["code", "message"], properties: { code: { type: "string" }, message: { type: "string" } } } },
      },
      SyncRequest: z.toJSONSchema(syncRequestSchema),
      SyncResponse: {
        type: "object",
        required: ["version", "published", "rows", "removed", "issues", "clashes", "conflicts", "changes"],
        properties: {
          version: { type: "integer" },
          published: { type: "boolean" },
          rows: {
            type: "array",
            items: {
              type: "object",
              properties: {
                row: { type: "integer" },
                id: { type: "string" },
                cells: { type: "array", items: { type: ["string", "number", "boolean", "null"] } },
                status: { enum: ["ok", "error", "conflict"] },
                conflictFields: { type: "array", items: { type: "string" } },
                origin: { enum: ["sheet", "store"] },
              },
            },
          },
          removed: { type: "array", items: { type: "object", properties: { row: { type: "integer" }, id: { type: "string" } } } },
          issues: { type: "array", items: { type: "object" } },
          clashes: { type: "array", items: { type: "object" } },
          conflicts: {
            type: "array",
            items: {
              type: "object",
              properties: { id: { type: "string" }, row: { type: "integer" }, field: { type: "string" }, base: {}, yours: {}, theirs: {}, message: { type: "string" } },
            },
          },
          changes: { type: "object", properties: { created: { type: "integer" }, updated: { type: "integer" }, deleted: { type: "integer" } } },
        },
      },
      Changes: {
        type: "object",
        properties: {
          since: { type: "integer" },
          version: { type: "integer" },
          publishedAt: { type: "string" },
          count: { type: "integer" },
          changes: { type: "array", items: { oneOf: [{ type: "object", description: "a FeedEvent" }, { type: "object", properties: { id: { type: "string" }, deleted: { const: true } } }] } },
        },
      },
    },
  },
} as const;
