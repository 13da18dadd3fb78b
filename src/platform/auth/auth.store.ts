import { sql } from 'kysely';
import type { Executor } from '../db/transaction.ts';

export async function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countRecentFailures(db: Executor, by: { email: string } | { ip: string }, since: Date) {
  let query = db
    .selectFrom('login_attempts')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('succeeded', '=', false)
    .where('at', '>=', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function recordLoginAttempt(db: Executor, email: string, ip: string, succeeded: boolean) {
  await db.insertInto('login_attempts').values({ email, ip, succeeded }).execute();
  // Attempts older than a day no longer count for anything.
  await db.deleteFrom('login_attempts').where('at', '<', sql<Date>`now() - interval '1 day'`).execute();
}

export async function insertSession(
  db: Executor,
  session: { tokenHash: string; userId: string; organizationId: string; csrfToken: string; expiresAt: Date },
) {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      user_id: session.userId,
      organization_id: session.organizationId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
}

export async function deleteSession(db: Executor, tokenHash: string) {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string) {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function findSessionWithUser(db: Executor, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .innerJoin('organizations', 'organizations.id', 'users.organization_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id as user_id',
      'users.email',
      'users.name',
      'users.role',
      'users.supplier_id',
      'users.disabled',
      'users.organization_id',
      'organizations.name as organization_name',
      'organizations.slug as organization_slug',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findApiKeyBySecretHash(db: Executor, secretHash: string) {
  return db.selectFrom('api_keys').selectAll().where('secret_hash', '=', secretHash).executeTakeFirst();
}

/** Written at most once a minute per key, so busy integrations don't write on every request. */
export async function touchApiKey(db: Executor, id: string) {
  await db
    .updateTable('api_keys')
    .set({ last_used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('last_used_at', 'is', null),
        eb('last_used_at', '<', sql<Date>`now() - interval '1 minute'`),
      ]),
    )
    .execute();
}
