import { nodePasswords } from './nodeScrypt';
import { LOW_COST } from './password';

/**
 * Passwords for tests, hashed at a tiny scrypt cost so sign-ins do not dominate the suite
 * (decision 011); the settings travel with each hash, so sign-in verifies at that cost too.
 * The production cost is checked by server/auth's own tests.
 */
export const TEST_PASSWORDS = nodePasswords(LOW_COST);
