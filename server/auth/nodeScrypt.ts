import { scrypt, type ScryptOptions } from 'node:crypto';
import { createPasswordHasher, type Scrypt, type ScryptSettings } from './password';

/** Node's scrypt runs in libuv's thread pool: a sign-in does not hold the event loop. */
export const nodeScrypt: Scrypt = (password, salt, keyBytes, { N, r, p }) => {
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key))));
};

/** The server's passwords; `settings` only for tests, which may hash cheaply. */
export const nodePasswords = (settings?: ScryptSettings) => createPasswordHasher(nodeScrypt, settings);
