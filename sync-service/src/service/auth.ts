import type { RequestHandler } from "express";
import type { Role } from "../store/tokens-repo";
import type { Store } from "../store/store";
import { sendError } from "./api-error";

/** Who made the request: the token's name, recorded on every revision. */
export const actorOf = (locals: Record<string, unknown>): string => String(locals.actor ?? "anonymous");

/** SPEC 9: syncing needs an editor token, admin routes an admin token (admins may also edit). */
export function requireRole(store: Store, role: Role): RequestHandler {
  return (req, res, next) => {
    const header = req.get("authorization") ?? "";
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match) {
      res.set("WWW-Authenticate", 'Bearer realm="mapping"');
      return sendError(res, 401, "missing-token", "This request needs a token: send `Authorization: Bearer TOKEN` (create one with `npx mapping token create`).");
    }
    const token = store.tokens.verify(match[1]);
    if (!token) {
      res.set("WWW-Authenticate", 'Bearer realm="mapping", error="invalid_token"');
      return sendError(res, 401, "invalid-token", "The token is unknown or revoked. Ask an admin for a new one.");
    }
    if (role === "admin" && token.role !== "admin") {
      return sendError(res, 403, "forbidden", `The token "${token.name}" is an editor token; this needs an admin token.`);
    }
    res.locals.actor = token.name;
    next();
  };
}
