import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt at N=2^14, r=8, p=5: one of the equivalent settings OWASP's Password Storage Cheat
 * Sheet recommends, the one that needs 16 MiB a hash (N=2^17 needs 128 MiB, which would
 * double the server's memory at each sign-in). The settings travel with each hash, so they
 * can be raised later and old hashes still verify.
 */
export const PASSWORD_HASHING = { N: 2 ** 14, r: 8, p: 5 } as const;

type Settings = { N: number; r: number; p: number };
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, { N, r, p }: Settings): Promise<Buffer> {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string, settings: Settings = PASSWORD_HASHING): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, settings);
  return ['scrypt', settings.N, settings.r, settings.p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored`; a malformed or missing hash matches nothing. */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split('$') ?? [];
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
  const expected = Buffer.from(parts[5]!, 'base64');
  const key = await derive(password, Buffer.from(parts[4]!, 'base64'), { N, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to compare against when the account does not exist: the answer takes as long. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword(randomBytes(16).toString('hex')));

/** A password for the first admin when none is given: 24 characters from 144 random bits. */
export const generatePassword = () => randomBytes(18).toString('base64url');
