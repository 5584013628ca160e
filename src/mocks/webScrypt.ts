import { scryptAsync } from '@noble/hashes/scrypt.js';
import { createPasswordHasher, type Scrypt, type ScryptSettings } from '../../server/auth/password';

/** scrypt in the page (@noble/hashes): yields to the page every few milliseconds while it works. */
const webScrypt: Scrypt = (password, salt, keyBytes, { N, r, p }) => scryptAsync(password, salt, { N, r, p, dkLen: keyBytes });

/** The app's passwords in the page; `settings` for the demo team's hash, which may be cheap. */
export const webPasswords = (settings?: ScryptSettings) => createPasswordHasher(webScrypt, settings);
