import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  sql,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { WriteWatch, writtenByRawSql, writtenTables } from './write-watch.ts';

// Builds queries without a database: only their operation trees are looked at.
const db = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (kysely) => new PostgresIntrospector(kysely),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

describe('writtenTables', () => {
  it('finds nothing written by a select, even one that locks rows', () => {
    expect(writtenTables(db.selectFrom('suppliers').selectAll().toOperationNode())).toEqual([]);
    expect(writtenTables(db.selectFrom('users').select('id').forUpdate().toOperationNode())).toEqual([]);
  });

  it('names the table of an insert, an update and a delete, aliased or not', () => {
    const insert = db.insertInto('sessions').values({
      token_hash: 'h',
      user_id: 'u',
      organization_id: 'o',
      csrf_token: 'c',
      expires_at: new Date(),
    });
    expect(writtenTables(insert.toOperationNode())).toEqual(['sessions']);
    const update = db.updateTable('users as u').set({ name: 'x' }).where('u.id', '=', '1');
    expect(writtenTables(update.toOperationNode())).toEqual(['users']);
    expect(writtenTables(db.deleteFrom('api_keys').where('id', '=', '1').toOperationNode())).toEqual([
      'api_keys',
    ]);
  });

  it('names the tables written by a select with a writing CTE', () => {
    const query = db
      .with('gone', (w) => w.deleteFrom('sessions').where('user_id', '=', '1').returning('token_hash'))
      .selectFrom('gone')
      .selectAll();
    expect(writtenTables(query.toOperationNode())).toEqual(['sessions']);
  });

  it('reads raw SQL: reads are nothing, writes name their table, the unrecognisable is everything', () => {
    const node = (query: ReturnType<typeof sql>) => writtenTables(query.toOperationNode());
    expect(node(sql`select count(*) from suppliers where organization_id = ${'o'}`)).toEqual([]);
    expect(node(sql`insert into suppliers (id) select id from unnest(${['a']}::text[]) as t(id)`)).toEqual([
      'suppliers',
    ]);
    expect(node(sql`explain analyze ${sql`select 1`}`)).toEqual([]);
    expect(node(sql`update ${sql.table('suppliers')} set version = 1`)).toBe('all');
    expect(node(sql`alter table suppliers add column x text`)).toBe('all');
  });

  it('reads the statements of raw SQL by their words', () => {
    expect(writtenByRawSql('SELECT * FROM users FOR NO KEY UPDATE')).toEqual([]);
    expect(writtenByRawSql('analyze suppliers')).toEqual([]);
    expect(writtenByRawSql('with x as (select 1) select * from x')).toEqual([]);
    expect(writtenByRawSql('UPDATE Users SET name = $1')).toEqual(['users']);
    expect(writtenByRawSql('update public."Odd Name" set a = 1')).toEqual(['Odd Name']);
    expect(writtenByRawSql('delete from sessions where at < now()')).toEqual(['sessions']);
    expect(writtenByRawSql('truncate table audit_log')).toEqual(['audit_log']);
    expect(writtenByRawSql('with d as (delete from sessions returning *) select * from d')).toEqual([
      'sessions',
    ]);
    expect(writtenByRawSql('select * into backup from users')).toBe('all');
    expect(writtenByRawSql('create index i on suppliers (country)')).toBe('all');
    expect(writtenByRawSql('do $$ begin perform 1; end $$')).toBe('all');
  });

  it('takes schema statements for writes to everything', () => {
    const create = db.schema.createTable('t').addColumn('id', 'text').toOperationNode();
    expect(writtenTables(create)).toBe('all');
  });
});

describe('WriteWatch', () => {
  it('moves the epoch of the written tables only, and of every table for an unknown write', () => {
    const watch = new WriteWatch();
    const sessions = watch.epochOf(['sessions', 'users']);
    const suppliers = watch.epochOf(['suppliers']);
    watch.noteWrite(['suppliers']);
    expect(watch.epochOf(['sessions', 'users'])).toBe(sessions);
    expect(watch.epochOf(['suppliers'])).toBeGreaterThan(suppliers);
    watch.noteWrite('all');
    expect(watch.epochOf(['sessions', 'users'])).toBeGreaterThan(sessions);
  });

  it('sees the writes of every statement compiled through a Kysely with it, transactions included', () => {
    const watch = new WriteWatch();
    const watched = db.withPlugin(watch);
    const before = watch.epochOf(['users']);
    watched.selectFrom('users').selectAll().compile();
    expect(watch.epochOf(['users'])).toBe(before);
    watched.updateTable('users').set({ name: 'x' }).compile();
    expect(watch.epochOf(['users'])).toBe(before + 1);
  });
});
