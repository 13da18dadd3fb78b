import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './cli-errors.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;

export interface Command {
  /** Words that name the command, e.g. ['suppliers', 'import']. */
  path: string[];
  summary: string;
  usage: string;
  options: Options;
  positionals: number;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[]) => Promise<number>;
}

export function parseCommandArgs(command: Command, argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

export function helpText(command: Command): string {
  return `tradeguard ${command.path.join(' ')} — ${command.summary}\n\n${command.usage}\n`;
}

export function stringOption(
  values: Record<string, string | boolean | undefined>,
  name: string,
): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}
