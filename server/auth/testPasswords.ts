import { nodePasswords } from './nodeScrypt';

/**
 * Passwords for tests, hashed at a tiny scrypt cost (the settings travel with each hash, so
 * sign-in verifies at that cost too): ~3 ms instead of ~450 ms a hash on a busy 2-core machine.
 * The production cost is checked by server/auth's own tests.
 */
export const TEST_PASSWORDS = nodePasswords({ N: 2 ** 10, r: 8, p: 1 });
