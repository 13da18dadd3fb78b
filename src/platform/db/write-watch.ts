import {
  AliasNode,
  CommonTableExpressionNode,
  DeleteQueryNode,
  InsertQueryNode,
  type KyselyPlugin,
  MergeQueryNode,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  RawNode,
  SelectQueryNode,
  TableNode,
  type UnknownRow,
  UpdateQueryNode,
  ValueNode,
  type WithNode,
} from 'kysely';

/** What one statement writes: the tables it names, or `all` when it cannot tell (DDL, unusual SQL). */
export type WrittenTables = readonly string[] | 'all';

const NONE: readonly string[] = [];

function tableName(node: OperationNode | undefined): string | null {
  if (!node) return null;
  if (AliasNode.is(node)) return tableName(node.node);
  if (TableNode.is(node)) return node.table.identifier.name;
  return null;
}

function merge(a: WrittenTables, b: WrittenTables): WrittenTables {
  if (a === 'all' || b === 'all') return 'all';
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  return [...a, ...b];
}

function writtenByWith(node: WithNode | undefined): WrittenTables {
  let tables: WrittenTables = NONE;
  for (const cte of node?.expressions ?? []) {
    if (CommonTableExpressionNode.is(cte)) tables = merge(tables, writtenTables(cte.expression));
  }
  return tables;
}

function target(node: OperationNode | undefined): WrittenTables {
  const name = tableName(node);
  return name ? [name] : 'all';
}

// `select ... for update` locks rows and writes nothing.
const LOCK_CLAUSE = /\bfor\s+(?:no\s+key\s+)?update\b/gi;
const READ_ONLY =
  /^\s*(?:select|with|explain|show|values|analyze|vacuum|set|reset|begin|commit|rollback|savepoint|release|listen|unlisten|notify)\b/i;
// Words that make a statement starting like a read write after all (a writing CTE, `select ... into`).
const WRITE_WORD = /\b(?:insert|update|delete|merge|truncate|into)\b/i;
const WRITE_TARGET =
  /\b(?:insert\s+into|update|delete\s+from|merge\s+into|truncate(?:\s+table)?|copy)\s+(?:only\s+)?((?:"[^"]+"|[\w$]+)(?:\s*\.\s*(?:"[^"]+"|[\w$]+))?)/gi;
const STATEMENT_START = /^\s*(?:with\b|insert\b|update\b|delete\b|merge\b|truncate\b|copy\b)/i;
const IDENTIFIER_PARAMETER = '\u0000';

function rawText(node: RawNode): string {
  let text = node.sqlFragments[0] ?? '';
  node.parameters.forEach((parameter, i) => {
    const inner = RawNode.is(parameter)
      ? rawText(parameter)
      : ValueNode.is(parameter)
        ? '$'
        : IDENTIFIER_PARAMETER;
    text += `${inner}${node.sqlFragments[i + 1] ?? ''}`;
  });
  return text;
}

/** Raw SQL: reads are recognised by their first word; writes by `insert into T`, `update T`, `delete from T`... */
export function writtenByRawSql(text: string): WrittenTables {
  const unlocked = text.replace(LOCK_CLAUSE, ' ');
  if (READ_ONLY.test(unlocked) && !WRITE_WORD.test(unlocked)) return NONE;
  if (!STATEMENT_START.test(unlocked)) return 'all';
  const tables: string[] = [];
  for (const match of unlocked.matchAll(WRITE_TARGET)) {
    const name = match[1] ?? '';
    if (name.includes(IDENTIFIER_PARAMETER)) return 'all';
    const last = name.split('.').at(-1)?.trim() ?? '';
    // Unquoted names are folded to lower case, as PostgreSQL does; quoted ones are kept.
    const bare = last.startsWith('"') ? last.slice(1, -1) : last.toLowerCase();
    if (!bare) return 'all';
    tables.push(bare);
  }
  // A `with` that writes nothing we recognise, or DDL among the words: assume the worst.
  if (tables.length === 0) return 'all';
  if (/\b(?:alter|create|drop)\b/i.test(unlocked)) return 'all';
  return tables;
}

/** The tables a statement writes, from Kysely's operation tree; anything not recognised counts as `all`. */
export function writtenTables(node: OperationNode): WrittenTables {
  if (SelectQueryNode.is(node)) return writtenByWith(node.with);
  if (InsertQueryNode.is(node)) return merge(target(node.into), writtenByWith(node.with));
  if (UpdateQueryNode.is(node)) return merge(target(node.table), writtenByWith(node.with));
  if (DeleteQueryNode.is(node)) {
    let tables: WrittenTables = writtenByWith(node.with);
    for (const from of node.from.froms) tables = merge(tables, target(from));
    return tables;
  }
  if (MergeQueryNode.is(node)) return merge(target(node.into), writtenByWith(node.with));
  if (RawNode.is(node)) return writtenByRawSql(rawText(node));
  return 'all';
}

/**
 * Counts, per table, the statements this process sends that write to it. A cache of something read from
 * those tables notes the count when it reads and throws its entries away when the count has moved. The
 * count moves when the statement is compiled, before it runs: on PGlite every statement waits for the
 * one connection, so nothing can read between a write and its commit (see docs/decisions.md, "Read
 * caches on PGlite").
 */
export class WriteWatch implements KyselyPlugin {
  #all = 0;
  readonly #byTable = new Map<string, number>();

  /** Moves whenever a statement writes any of the tables (or a table it cannot tell). */
  epochOf(tables: readonly string[]): number {
    let epoch = this.#all;
    for (const table of tables) epoch += this.#byTable.get(table) ?? 0;
    return epoch;
  }

  noteWrite(tables: WrittenTables): void {
    if (tables === 'all') {
      this.#all += 1;
      return;
    }
    for (const table of tables) this.#byTable.set(table, (this.#byTable.get(table) ?? 0) + 1);
  }

  transformQuery(args: PluginTransformQueryArgs): typeof args.node {
    this.noteWrite(writtenTables(args.node));
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

const watches = new WeakMap<object, WriteWatch>();

/** Marks a database as one whose every write passes through this process (PGlite: one process by its lock). */
export function registerWriteWatch(db: object, watch: WriteWatch): void {
  watches.set(db, watch);
}

/** The watch of a database that only this process writes; undefined for a shared server (PostgreSQL). */
export function writeWatchOf(db: object): WriteWatch | undefined {
  return watches.get(db);
}
