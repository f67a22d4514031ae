// Operator PINs are stored as scrypt hashes with their own salt and parameters, so the
// cost can be raised later without invalidating existing PINs. Checking a PIN runs scrypt
// on libuv's pool, never on the hall's thread: eight guessing terminals must not stall
// every other call. An unknown 工号 is checked against a dummy hash of the same cost, so the
// answer takes as long as for a real one and does not tell which codes exist.
import { randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin.normalize('NFKC'), salt, KEY_LENGTH, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

function scryptAsync(pin: string, salt: Buffer, length: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => scrypt(pin, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** A hash nobody's PIN matches, at today's cost: what an unknown or inactive 工号 is checked against. */
const DUMMY_HASH = ['scrypt', N, R, P, randomBytes(16).toString('base64'), randomBytes(KEY_LENGTH).toString('base64')].join('$');

/** Checks a PIN against its stored hash (or the dummy, when `stored` is null) off the hall's thread. */
export async function verifyPin(pin: string, stored: string | null): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = (stored ?? DUMMY_HASH).split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(pin.normalize('NFKC'), Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected) && stored !== null;
}
