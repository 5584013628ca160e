import { constantTimeEqual, fromBase64, randomBytes, toBase64, toBase64Url } from '../lib/bytes';

/**
 * scrypt at N=2^14, r=8, p=5: one of the equivalent settings OWASP's Password Storage Cheat
 * Sheet recommends, the one that needs 16 MiB a hash (N=2^17 would need 128 MiB at each
 * sign-in). The settings travel with each hash, so they can be raised later and old hashes
 * still verify.
 */
export const PASSWORD_HASHING = { N: 2 ** 14, r: 8, p: 5 } as const;

export type ScryptSettings = { N: number; r: number; p: number };

/**
 * A low cost, for hashes that guard nothing: the mock mode's demo team and the tests. The
 * settings travel with each hash, so sign-in verifies at that cost too.
 */
export const LOW_COST: ScryptSettings = { N: 2 ** 10, r: 8, p: 1 };
/** scrypt itself: Node's (a worker thread) on the server, @noble/hashes in the page. */
export type Scrypt = (password: Uint8Array, salt: Uint8Array, keyBytes: number, settings: ScryptSettings) => Promise<Uint8Array>;

export interface PasswordHasher {
  /** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
  hash(password: string): Promise<string>;
  /** Whether `password` matches `stored`; a malformed or missing hash matches nothing. */
  verify(password: string, stored: string | null): Promise<boolean>;
  /** A hash to check against when the account does not exist, so the answer takes as long. */
  decoy(): Promise<string>;
}

const KEY_BYTES = 32;
const SALT_BYTES = 16;
const encode = (password: string) => new TextEncoder().encode(password.normalize('NFKC'));

export function createPasswordHasher(scrypt: Scrypt, settings: ScryptSettings = PASSWORD_HASHING): PasswordHasher {
  let decoy: Promise<string> | undefined;
  const hash = async (password: string) => {
    const salt = randomBytes(SALT_BYTES);
    const key = await scrypt(encode(password), salt, KEY_BYTES, settings);
    return ['scrypt', settings.N, settings.r, settings.p, toBase64(salt), toBase64(key)].join('$');
  };
  return {
    hash,
    async verify(password, stored) {
      const parts = stored?.split('$') ?? [];
      if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
      const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
      if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
      const expected = fromBase64(parts[5]!);
      const key = await scrypt(encode(password), fromBase64(parts[4]!), expected.length, { N, r, p });
      return constantTimeEqual(key, expected);
    },
    decoy: () => (decoy ??= hash(toBase64Url(randomBytes(16)))),
  };
}

/** A password for the first admin when none is given: 24 characters from 144 random bits. */
export const generatePassword = () => toBase64Url(randomBytes(18));
