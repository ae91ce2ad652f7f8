import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "pino";

/** A 4xx a person can act on: `{ "error": { "code", "message" } }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  res.status(status).json({ error: { code, message } });
}

export const notFound: RequestHandler = (req, res) =>
  sendError(res, 404, "not-found", `Nothing at ${req.method} ${req.path}. The routes are listed at /api/openapi.json.`);

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

/** Turns body-parser failures and ApiErrors into JSON 4xx; anything else is a logged 500. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    if (err instanceof ApiError) return sendError(res, err.status, err.code, err.message);
    const parser = err as BodyParserError;
    if (parser?.type === "entity.parse.failed") {
      return sendError(res, 400, "malformed-json", `The request body is not valid JSON: ${(err as Error).message}`);
    }
    if (parser?.type === "entity.too.large") {
      return sendError(res, 413, "body-too-large", `The request body is larger than the ${parser.limit ?? "allowed"} bytes accepted. Sync fewer rows at once.`);
    }
    if (parser?.status && parser.status >= 400 && parser.status < 500) {
      return sendError(res, parser.status, "bad-request", (err as Error).message);
    }
    logger.error({ err }, "request failed");
    sendError(res, 500, "internal", "The service failed to handle this request; it is logged. Nothing was changed.");
  };
}
