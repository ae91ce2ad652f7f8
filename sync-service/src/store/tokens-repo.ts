import { createHash, randomBytes } from "node:crypto";
import type { Db } from "./open-database";

export type Role = "editor" | "admin";

export interface TokenInfo {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
}

interface TokenRow {
  id: string;
  name: string;
  role: Role;
  created_at: string;
  revoked_at: string | null;
}

export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

const toInfo = (r: TokenRow): TokenInfo => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export type CreateTokenResult = { ok: true; token: string; info: TokenInfo } | { ok: false; message: string };

/** API tokens, stored as sha256 hashes: the token itself is shown once, at creation. */
export function tokensRepo(db: Db) {
  const byName = db.prepare<[string], TokenRow>("SELECT id, name, role, created_at, revoked_at FROM tokens WHERE name = ?");
  const byId = db.prepare<[string], TokenRow>("SELECT id, name, role, created_at, revoked_at FROM tokens WHERE id = ?");
  const byHash = db.prepare<[string], TokenRow>(
    "SELECT id, name, role, created_at, revoked_at FROM tokens WHERE hash = ? AND revoked_at IS NULL",
  );
  const all = db.prepare<[], TokenRow>("SELECT id, name, role, created_at, revoked_at FROM tokens ORDER BY created_at, name");
  const insert = db.prepare("INSERT INTO tokens (id, name, role, hash, created_at) VALUES (?, ?, ?, ?, ?)");
  const revoke = db.prepare("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");

  return {
    create(name: string, role: Role, now: string): CreateTokenResult {
      if (byName.get(name)) return { ok: false, message: `A token named "${name}" already exists; revoke it or pick another name.` };
      const token = `pm_${randomBytes(24).toString("base64url")}`;
      const id = `tok-${randomBytes(5).toString("hex")}`;
      insert.run(id, name, role, hashToken(token), now);
      return { ok: true, token, info: toInfo(byId.get(id)!) };
    },
    list: (): TokenInfo[] => all.all().map(toInfo),
    /** The live token with this secret, or null (unknown or revoked). */
    verify(token: string): TokenInfo | null {
      const row = byHash.get(hashToken(token));
      return row ? toInfo(row) : null;
    },
    /** Revokes by name or id; null when there is no such live token. */
    revoke(nameOrId: string, now: string): TokenInfo | null {
      const row = byName.get(nameOrId) ?? byId.get(nameOrId);
      if (!row || row.revoked_at !== null) return null;
      revoke.run(now, row.id);
      return toInfo(byId.get(row.id)!);
    },
  };
}

export type TokensRepo = ReturnType<typeof tokensRepo>;
