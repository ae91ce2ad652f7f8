import type { BuildOptions } from "esbuild";
export function excelPaneTarget(outdir: string): BuildOptions;
