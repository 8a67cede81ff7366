/**
 * How every command-line tool of the project (the editor tools here, the scripts in tools/) reads its arguments:
 * Node's own `parseArgs`, strict, so that an unknown option, a missing value or an argument the tool does not take
 * is one line on stderr and exit 1, and `--help` (or `-h`) prints the usage and exits 0. A tool declares a
 * `Command`; `parseCommandLine` is pure, `readCommandLine` prints and exits.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** The parsed values of a command's options, typed as `parseArgs` types them. */
export type OptionValues<Options extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: Options; strict: true }>
>['values'];

export interface Command<Options extends ParseArgsOptionsConfig, Result> {
  /** The tool's name, as its lines start: `claims:draft`, `gate:links`. */
  name: string;
  /** What `--help` prints: how to call the tool and what each option does. */
  usage: string;
  options: Options;
  /** Whether the tool takes arguments that are not options (files, pages). */
  positionals?: boolean;
  /** The tool's settings from what was parsed; throws a `UsageError` for a value it cannot take. */
  read: (values: OptionValues<Options>, positionals: string[]) => Result;
}

/** A command, its option names kept as written so that `read` sees each value's type. */
export const defineCommand = <Options extends ParseArgsOptionsConfig, Result>(
  command: Command<Options, Result>,
): Command<Options, Result> => command;

/** A value the tool cannot take (`--runs none`): reported like an unknown option. */
export class UsageError extends Error {}

export type CommandLine<Result> =
  | { options: Result; help?: undefined; error?: undefined }
  | { help: string; options?: undefined; error?: undefined }
  | { error: string; options?: undefined; help?: undefined };

/** `parseArgs` reports a command line it refuses with a TypeError whose code says so. */
const refusedByParseArgs = (error: unknown): error is Error =>
  error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_');

/** A command's arguments read, as the settings, the usage (on `--help`) or what is wrong, on one line. */
export function parseCommandLine<Options extends ParseArgsOptionsConfig, Result>(
  command: Command<Options, Result>,
  argv: readonly string[],
): CommandLine<Result> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
  } catch (error) {
    // Node words an option value that starts with a dash over three lines.
    if (refusedByParseArgs(error)) return { error: error.message.replace(/\s*\n\s*/gu, ' ') };
    throw error;
  }
  const { help, ...values } = parsed.values as { help?: boolean };
  if (help === true) return { help: command.usage };
  try {
    return { options: command.read(values as OptionValues<Options>, parsed.positionals) };
  } catch (error) {
    if (error instanceof UsageError) return { error: error.message };
    throw error;
  }
}

/** The settings from this process's arguments; prints the usage and exits 0 on `--help`, one line and exits 1 on a mistake. */
export function readCommandLine<Options extends ParseArgsOptionsConfig, Result>(
  command: Command<Options, Result>,
  argv: readonly string[] = process.argv.slice(2),
): Result {
  const line = parseCommandLine(command, argv);
  if (line.help !== undefined) {
    process.stdout.write(`${line.help}\n`);
    process.exit(0);
  }
  if (line.error !== undefined) {
    process.stderr.write(`${command.name}: ${line.error} (--help prints the usage)\n`);
    process.exit(1);
  }
  return line.options;
}

/**
 * A whole number option (`--runs 3`), at least `least`; `parseArgs` reads every value as text.
 *
 * @example wholeNumber('--runs', '3') // → 3
 */
export function wholeNumber(option: string, text: string, least = 1): number {
  if (!/^\d+$/u.test(text)) throw new UsageError(`${option} must be a whole number, not "${text}"`);
  const number = Number(text);
  if (number < least) throw new UsageError(`${option} must be at least ${least}`);
  return number;
}
