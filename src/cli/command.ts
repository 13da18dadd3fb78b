import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-errors.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
/** What node:util parseArgs answers for the options: strings, flags, and lists for `multiple` options. */
export type OptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface Command {
  /** Words that name the command, e.g. ['suppliers', 'import']. */
  path: string[];
  summary: string;
  usage: string;
  options: Options;
  positionals: number;
  run: (values: OptionValues, positionals: string[]) => Promise<number>;
}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values satisfies OptionValues, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function helpText(command: Command): string {
  return `tradeguard ${command.path.join(' ')} — ${command.summary}\n\n${command.usage}\n`;
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** The values of an option given several times (`multiple: true`). */
export function stringsOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
