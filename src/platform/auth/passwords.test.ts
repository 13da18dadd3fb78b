import { describe, expect, it } from 'vitest';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';

const PASSWORD = 'correct horse battery staple';

describe('hashPassword', () => {
  it('stores the scheme, its parameters, a 16-byte salt and a 64-byte key', async () => {
    const stored = await hashPassword(PASSWORD);
    const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
    expect([scheme, n, r, p, rest]).toEqual(['scrypt', '32768', '8', '1', []]);
    expect(Buffer.from(salt ?? '', 'base64')).toHaveLength(16);
    expect(Buffer.from(key ?? '', 'base64')).toHaveLength(64);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword(PASSWORD), hashPassword(PASSWORD)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword(PASSWORD, a)).toBe(true);
    expect(await verifyPassword(PASSWORD, b)).toBe(true);
  });
});

describe('verifyPassword', () => {
  it('refuses a wrong password, even one differing only in case or a trailing space', async () => {
    const stored = await hashPassword(PASSWORD);
    const results = await Promise.all(
      ['Correct horse battery staple', `${PASSWORD} `, 'correct horse battery stapl', ''].map((attempt) =>
        verifyPassword(attempt, stored),
      ),
    );
    expect(results).toEqual([false, false, false, false]);
  });

  it('treats compatibility forms of a character as the same (NFKC)', async () => {
    const stored = await hashPassword('ﬁsh and ｃｈｉｐｓ 2026');
    expect(await verifyPassword('fish and chips 2026', stored)).toBe(true);
  });

  it('checks against the parameters stored with the hash', async () => {
    // A hash made with cheaper parameters (as an older version might have stored) still verifies.
    const { scrypt } = await import('node:crypto');
    const salt = Buffer.from('0123456789abcdef');
    const key = await new Promise<Buffer>((resolve, reject) =>
      scrypt(PASSWORD, salt, 64, { N: 1024, r: 8, p: 1 }, (error, derived) =>
        error ? reject(error) : resolve(derived),
      ),
    );
    const stored = ['scrypt', 1024, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await verifyPassword('wrong', stored)).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['plain text', PASSWORD],
    ['another scheme', '$2b$12$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234'],
    ['missing key', 'scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA=='],
    ['parameters not numbers', 'scrypt$abc$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5'],
    ['N not a power of two', 'scrypt$1000$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5'],
    ['parameters beyond the memory limit', 'scrypt$1048576$64$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5'],
    ['key of the wrong length', 'scrypt$1024$8$1$c2FsdHNhbHRzYWx0c2FsdA==$a2V5'],
  ])('answers false for a malformed stored hash (%s)', async (_case, stored) => {
    await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(false);
  });
});

describe('decoyPasswordHash', () => {
  it('is one real hash that no password matches', async () => {
    const decoy = await decoyPasswordHash();
    expect(await decoyPasswordHash()).toBe(decoy);
    expect(decoy.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(await verifyPassword(PASSWORD, decoy)).toBe(false);
  });
});
