import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/transaction.ts';
import { cachePerDatabase } from '../db/watched-cache.ts';
import { AppError } from '../errors.ts';
import type { Actor } from '../tenancy/actor.ts';
import {
  countRecentFailures,
  deleteSession,
  findApiKeyBySecretHash,
  findSessionWithUser,
  findUserByEmail,
  insertSession,
  recordLoginAttempt,
  touchApiKey,
} from './auth.store.ts';
import { decoyPasswordHash, verifyPassword } from './passwords.ts';
import { isRole, permissionsOf } from './roles.ts';
import { hashSecret, randomToken } from './tokens.ts';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
const RATE_WINDOW_MS = 15 * 60 * 1000;
// OWASP Authentication Cheat Sheet: throttle per account and per source, without locking accounts for good.
const MAX_FAILURES_PER_EMAIL = 10;
const MAX_FAILURES_PER_IP = 30;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: string;
  permissions: string[];
  supplierId: string | null;
  organization: { id: string; name: string; slug: string };
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

function sessionUser(row: {
  user_id: string;
  email: string;
  name: string;
  role: string;
  supplier_id: string | null;
  organization_id: string;
  organization_name: string;
  organization_slug: string;
}): SessionUser {
  const role = isRole(row.role) ? row.role : 'auditor';
  return {
    id: row.user_id,
    email: row.email,
    name: row.name,
    role,
    permissions: [...permissionsOf(role)],
    supplierId: row.supplier_id,
    organization: { id: row.organization_id, name: row.organization_name, slug: row.organization_slug },
  };
}

export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const since = new Date(Date.now() - RATE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    countRecentFailures(db, { email }, since),
    countRecentFailures(db, { ip: input.ip }, since),
  ]);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    throw new AppError('rate_limited', 'Too many failed sign-in attempts. Wait 15 minutes and try again.');
  }
  const user = await findUserByEmail(db, email);
  const valid = await verifyPassword(input.password, user?.password_hash ?? (await decoyPasswordHash()));
  if (!user || !valid || user.disabled) {
    await recordLoginAttempt(db, email, input.ip, false);
    throw new AppError('invalid_credentials', 'The e-mail or the password is wrong.');
  }
  await recordLoginAttempt(db, email, input.ip, true);
  const token = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      tokenHash: hashSecret(token),
      userId: user.id,
      organizationId: user.organization_id,
      csrfToken,
      expiresAt,
    });
    await trx.updateTable('users').set({ last_sign_in_at: new Date() }).where('id', '=', user.id).execute();
  });
  const row = await findSessionWithUser(db, hashSecret(token));
  if (!row) throw new AppError('internal', 'The new session could not be read back');
  return { token, csrfToken, expiresAt, user: sessionUser(row) };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashSecret(token));
}

export interface SessionContext {
  actor: Actor;
  user: SessionUser;
  csrfToken: string;
}

interface KnownSession {
  context: SessionContext;
  expiresAt: number;
}

/**
 * Sessions this process has resolved, by token hash, on PGlite only: emptied by every write to sessions,
 * users or organizations (sign-in, sign-out, a changed role, a disabled user...) and trusted 30 s at most.
 * On PostgreSQL other processes write too, so every request asks the database (docs/decisions.md).
 */
export const SESSION_CACHE_TTL_MS = 30_000;
const knownSessions = cachePerDatabase<string, KnownSession | null>({
  tables: ['sessions', 'users', 'organizations'],
  ttlMs: SESSION_CACHE_TTL_MS,
  maxEntries: 10_000,
});

async function loadSession(db: Db, tokenHash: string): Promise<KnownSession | null> {
  const row = await findSessionWithUser(db, tokenHash);
  if (!row || row.disabled) return null;
  const user = sessionUser(row);
  Object.freeze(user.permissions);
  const role = isRole(row.role) ? row.role : 'auditor';
  // Shared by the requests of this session while cached: nobody may change it.
  const context: SessionContext = Object.freeze({
    user: Object.freeze({ ...user, organization: Object.freeze(user.organization) }),
    csrfToken: row.csrf_token,
    actor: Object.freeze({
      organizationId: row.organization_id,
      type: 'user' as const,
      id: row.user_id,
      label: row.email,
      role,
      permissions: permissionsOf(role),
      supplierId: row.supplier_id,
    }),
  });
  return { context, expiresAt: row.expires_at.getTime() };
}

export async function resolveSession(db: Db, token: string): Promise<SessionContext | null> {
  const tokenHash = hashSecret(token);
  const cache = knownSessions(db);
  // Unknown tokens are not kept: guessing would only fill the cache.
  const known = cache
    ? await cache.getOrLoad(
        tokenHash,
        () => loadSession(db, tokenHash),
        (found) => found !== null,
      )
    : await loadSession(db, tokenHash);
  if (!known || known.expiresAt <= Date.now()) return null;
  return known.context;
}

export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

const API_KEY_TOUCH_MS = 60_000;

/**
 * API keys this process has resolved, on PGlite only, like sessions: emptied by every write to api_keys (a
 * revocation, a new key, the once-a-minute "last used" stamp) or organizations, and trusted 30 s at most.
 */
const knownApiKeys = cachePerDatabase<string, Awaited<ReturnType<typeof findApiKeyBySecretHash>> | null>({
  tables: ['api_keys', 'organizations'],
  ttlMs: SESSION_CACHE_TTL_MS,
  maxEntries: 10_000,
});

export async function resolveApiKey(db: Db, secret: string): Promise<Actor | null> {
  const secretHash = hashSecret(secret);
  const cache = knownApiKeys(db);
  const load = async () => (await findApiKeyBySecretHash(db, secretHash)) ?? null;
  // Unknown secrets are not kept: guessing would only fill the cache.
  const key = cache ? await cache.getOrLoad(secretHash, load, (found) => found !== null) : await load();
  if (!key || key.revoked_at || !isRole(key.role)) return null;
  // last_used_at is kept to the minute: most requests of a busy key need no write.
  if (!key.last_used_at || Date.now() - key.last_used_at.getTime() >= API_KEY_TOUCH_MS) {
    await touchApiKey(db, key.id);
  }
  return {
    organizationId: key.organization_id,
    type: 'api_key',
    id: key.id,
    label: `api key ${key.name} (${key.prefix})`,
    role: key.role,
    permissions: permissionsOf(key.role),
    supplierId: null,
  };
}
