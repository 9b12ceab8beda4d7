import { type ParseArgsConfig, parseArgs } from "node:util";

// How every command of this project reads its arguments and answers a user's mistake: `--help`
// prints the usage and exits 0; an unknown option, a missing value or a wrong argument prints one
// line and the usage and exits 2, never a Node stack trace.

/** A mistake on the command line or in what it names (a missing file): one line, the usage, exit 2. */
export class UsageError extends Error {}

/** The exit status of a command refused for how it was called. */
export const usageExitCode = 2;

/** Prints the usage and leaves with 0 for `--help`/`-h`; otherwise parses the arguments strictly, refusing bad ones with UsageError. */
export function parseCommandLine<Config extends Omit<ParseArgsConfig, "args" | "strict">>(usage: string, config: Config): ReturnType<typeof parseArgs<Config>> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs<Config>({ ...config, args });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Runs a command's body: a UsageError (or one of `expected`, the command's own refusals) is printed
 * as its message and the usage, and the command leaves with `usageExitCode` (or 1 for `expected`).
 * Anything else is a bug and keeps its stack.
 */
export async function runCommand(usage: string, body: () => Promise<void>, expected: (new (...args: never[]) => Error)[] = []): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof UsageError) {
      refuseUsage(error, usage);
      process.exitCode = usageExitCode;
      return;
    }
    if (error instanceof Error && expected.some((kind) => error instanceof kind)) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

function refuseUsage(error: UsageError, usage: string) {
  console.error(`${error.message}\n${usage}`);
}

/**
 * For scripts whose work is not one function body (top-level setup that must not start on a bad
 * call, such as stopping the database cluster): parses the arguments, or refuses them as runCommand
 * does and leaves with exit 2 at once.
 */
export function parseCommandLineOrExit<Config extends Omit<ParseArgsConfig, "args" | "strict">>(
  usage: string,
  config: Config,
): ReturnType<typeof parseArgs<Config>> {
  try {
    return parseCommandLine(usage, config);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    refuseUsage(error, usage);
    process.exit(usageExitCode);
  }
}
