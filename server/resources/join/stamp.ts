import { JOIN_LIMITS } from '../../../src/domain';
import type { DbOrTx } from '../../db/database';
import { fromBase64, toBase64Url } from '../../lib/bytes';

/*
 * The sign-up form's stamp (decision 039): the instant the form was opened, signed with the
 * server's key (HMAC-SHA-256, Web Crypto: the same in Node and in the page). It proves that
 * the form was opened here, and when: a sign-up sent sooner than a person reads the form, or
 * with a form opened a day ago, is refused. No state is kept per stamp.
 */

export type StampVerdict = 'ok' | 'forged' | 'tooFast' | 'expired';

const encoder = new TextEncoder();
const STAMP = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/;

function hexBytes(hex: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}

const importKey = (secret: Uint8Array<ArrayBuffer>) => crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);

/**
 * The signer of one app: its key read from `serverSecrets` (made by the migration, the same
 * for every instance) once, when first needed. A failed read is tried again next time.
 */
export function createStamper(db: DbOrTx) {
  let key: ReturnType<typeof importKey> | null = null;
  const keyOf = () => {
    key ??= (async () => {
      const { value } = await db.selectFrom('serverSecrets').select('value').where('name', '=', 'joinStamp').executeTakeFirstOrThrow();
      return importKey(hexBytes(value));
    })().catch((error: unknown) => {
      key = null;
      throw error;
    });
    return key;
  };
  const sign = async (purpose: string, text: string) => new Uint8Array(await crypto.subtle.sign('HMAC', await keyOf(), encoder.encode(`${purpose}:${text}`)));

  return {
    /** A stamp of `at` (epoch ms): `<ms>.<signature>`, what the form sends back as `token`. */
    async issue(at: number): Promise<string> {
      return `${at}.${toBase64Url(await sign('stamp', String(at)))}`;
    },

    /** What a stamp says at `now` (epoch ms): signed by us, and how long ago. */
    async check(token: string, now: number): Promise<StampVerdict> {
      const match = STAMP.exec(token);
      if (!match) return 'forged';
      const [, at, signature] = match as unknown as [string, string, string];
      const valid = await crypto.subtle.verify('HMAC', await keyOf(), new Uint8Array(fromBase64(signature)), encoder.encode(`stamp:${at}`));
      if (!valid) return 'forged';
      const age = now - Number(at);
      if (age < JOIN_LIMITS.minFillMs) return 'tooFast';
      return age > JOIN_LIMITS.maxFillMs ? 'expired' : 'ok';
    },

    /**
     * The name a client address is counted under: keyed with the server's secret, so the
     * table never holds an address, nor anything that a list of all addresses turns back into one.
     */
    async addressKey(address: string): Promise<string> {
      return toBase64Url(await sign('address', address));
    },
  };
}

export type Stamper = ReturnType<typeof createStamper>;
