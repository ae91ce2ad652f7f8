// The `mapping` command: one sub-command per file in this folder.
import { runCheck } from "./check";
import { runPublish } from "./publish";
import { runToken, TOKEN_USAGE } from "./token";
import { runGsheets } from "./gsheets";

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { run: Command; usage: string }> = {
  check: { run: runCheck, usage: "mapping check FILE [--json] [--today YYYY-MM-DD] [--sheet NAME]" },
  publish: { run: runPublish, usage: "mapping publish FILE --out DIR [--today YYYY-MM-DD] [--sheet NAME]" },
  token: { run: runToken, usage: TOKEN_USAGE },
  gsheets: { run: runGsheets, usage: "mapping gsheets pull SPREADSHEET_ID [--range 'Mapping!A1:Z']" },
};

function usage(): string {
  return ["Usage:", ...Object.values(commands).map((c) => `  ${c.usage}`)].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    console.error(`mapping: unknown command "${name}".\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`mapping: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 2;
  },
);
