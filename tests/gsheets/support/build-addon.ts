// Builds dist/gsheets/ the way `npm run build` does, so the tests run the current add-on.
import { build } from "esbuild";
import { gsheetsTarget } from "../../../addin/gsheets/build-target.mjs";

let built: Promise<unknown> | null = null;

export function buildAddon(): Promise<unknown> {
  built ??= build({ logLevel: "warning", ...gsheetsTarget });
  return built;
}
