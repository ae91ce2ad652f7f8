// `mapping token create|list|revoke`: API tokens in the store file (MAPPING_DB), kept as sha256 hashes.
import { parseArgs } from "node:util";
import { openStore } from "../store/store";
import type { Role } from "../store/tokens-repo";

export const TOKEN_USAGE = "mapping token create --name NAME --role editor|admin | list | revoke NAME|ID  [--db FILE]";

export async function runToken(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { name: { type: "string" }, role: { type: "string" }, db: { type: "string" }, json: { type: "boolean" } },
    });
  } catch (err) {
    console.error(`mapping token: ${(err as Error).message}\nUsage: ${TOKEN_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, target] = positionals;
  const dbPath = values.db ?? process.env.MAPPING_DB ?? "./data/mapping.db";
  const now = new Date().toISOString();

  if (action === "create") {
    const role = values.role as Role | undefined;
    if (!values.name || (role !== "editor" && role !== "admin")) {
      console.error(`mapping token create: give --name NAME and --role editor or --role admin.\nUsage: ${TOKEN_USAGE}`);
      return 2;
    }
    const store = openStore(dbPath);
    try {
      const created = store.tokens.create(values.name, role, now);
      if (!created.ok) {
        console.error(`mapping token create: ${created.message}`);
        return 1;
      }
      console.log(created.token);
      console.error(`Token "${created.info.name}" (${created.info.role}, id ${created.info.id}) created in ${dbPath}. It is shown only this once: keep it now.`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (action === "list") {
    const store = openStore(dbPath);
    try {
      const tokens = store.tokens.list();
      if (values.json) console.log(JSON.stringify(tokens, null, 2));
      else if (tokens.length === 0) console.log(`No tokens in ${dbPath}.`);
      else for (const t of tokens) console.log(`${t.id}  ${t.name}  ${t.role}  created ${t.createdAt}${t.revokedAt ? `  revoked ${t.revokedAt}` : ""}`);
      return 0;
    } finally {
      store.close();
    }
  }
  if (action === "revoke") {
    if (!target) {
      console.error(`mapping token revoke: name the token (its name or id).\nUsage: ${TOKEN_USAGE}`);
      return 2;
    }
    const store = openStore(dbPath);
    try {
      const revoked = store.tokens.revoke(target, now);
      if (!revoked) {
        console.error(`mapping token revoke: no live token named or with id "${target}".`);
        return 1;
      }
      console.log(`Revoked "${revoked.name}" (${revoked.id}).`);
      return 0;
    } finally {
      store.close();
    }
  }
  console.error(`mapping token: say create, list or revoke.\nUsage: ${TOKEN_USAGE}`);
  return 2;
}
