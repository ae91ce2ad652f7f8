import type { BuildOptions } from "esbuild";
export declare const APPS_SCRIPT_FUNCTIONS: string[];
export declare function serviceUrlPrefix(url?: string): string;
export declare const gsheetsTarget: BuildOptions;
