#!/usr/bin/env node
import { describeError, EXIT, exitCodeOf, UsageError } from './cli-errors.ts';
import { type Command, helpText, parseCommandArgs } from './command.ts';
import { auditVerifyCommand } from './commands/audit-verify.ts';
import { compareCommand } from './commands/compare.ts';
import { listsImportCommand } from './commands/lists-import.ts';
import { listsUpdateCommand } from './commands/lists-update.ts';
import { migrateCommand } from './commands/migrate.ts';
import { productsCheckCommand } from './commands/products-check.ts';
import { regulationsImportCommand } from './commands/regulations-import.ts';
import { regulationsShowCommand } from './commands/regulations-show.ts';
import { screenCommand } from './commands/screen.ts';
import { serveCommand } from './commands/serve.ts';
import { suppliersExportCommand } from './commands/suppliers-export.ts';
import { suppliersImportCommand } from './commands/suppliers-import.ts';
import { userCreateCommand } from './commands/user-create.ts';

const COMMANDS: Command[] = [
  serveCommand,
  migrateCommand,
  userCreateCommand,
  suppliersImportCommand,
  suppliersExportCommand,
  auditVerifyCommand,
  listsImportCommand,
  listsUpdateCommand,
  compareCommand,
  screenCommand,
  productsCheckCommand,
  regulationsShowCommand,
  regulationsImportCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((command) => command.path.join(' ').length));
  const lines = COMMANDS.map((command) => `  ${command.path.join(' ').padEnd(width)}  ${command.summary}`);
  return `Tradeguard — compliance and risk control for cross-border trade\n\nUsage: tradeguard COMMAND [options]\n\nCommands:\n${lines.join('\n')}\n\nRun tradeguard COMMAND --help for a command's options.\n`;
}

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  for (const command of COMMANDS) {
    if (command.path.every((word, i) => argv[i] === word))
      return { command, rest: argv.slice(command.path.length) };
  }
  return undefined;
}

export async function runCli(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(overview());
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    process.stderr.write(`Unknown command: ${argv.join(' ')}\n\n${overview()}`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  try {
    const { values, positionals } = parseCommandArgs(command, rest);
    if (values.help) {
      process.stdout.write(helpText(command));
      return EXIT.ok;
    }
    if (positionals.length > command.positionals) {
      throw new UsageError(`Unexpected argument: ${positionals.slice(command.positionals).join(' ')}`);
    }
    return await command.run(values, positionals);
  } catch (error) {
    process.stderr.write(`${describeError(error)}\n`);
    return exitCodeOf(error);
  }
}

if (import.meta.main) {
  process.exitCode = await runCli(process.argv.slice(2));
}
