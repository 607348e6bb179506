import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { sm } from '../../shared/server-messages.ts';
import { DomainError } from '../errors.ts';
import { Semaphore, SemaphoreFull } from './semaphore.ts';

const scrypt = promisify(scryptCallback) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/**
 * scrypt takes about 100 ms of one core and runs on libuv's four worker threads, which file
 * access shares. At most two hashes run at once, and never on every core, so the event loop
 * (and PGlite on it) keeps one for everyone else; eight more wait in line, a second or so at
 * worst. Beyond that a sign-in is told at once that the server is busy, instead of queueing
 * behind a flood; one from a network the user has signed in from before has its own line.
 */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.min(2, availableParallelism() - 1));
const MAX_WAITING_HASHES = 8;
export const passwordHashing = new Semaphore(MAX_CONCURRENT_HASHES, MAX_WAITING_HASHES);

/** Every hashing slot and the line are taken; nothing was checked. */
export class PasswordHashingBusy extends DomainError {
  constructor() {
    super('TOO_MANY_REQUESTS', sm('signInBusy'), undefined, {
      reason: 'busy',
      retryAfterSeconds: 1,
    });
  }
}

interface ScryptParameters {
  salt: Buffer;
  keyLength: number;
  n: number;
  r: number;
  p: number;
  priority: boolean;
}

async function boundedScrypt(password: string, { salt, keyLength, n, r, p, priority }: ScryptParameters) {
  try {
    return await passwordHashing.run(
      () => scrypt(password.normalize('NFKC'), salt, keyLength, { N: n, r, p, maxmem: 64 * 1024 * 1024 }),
      { priority },
    );
  } catch (error) {
    throw error instanceof SemaphoreFull ? new PasswordHashingBusy() : error;
  }
}

/** scrypt with a random salt; the parameters are stored with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await boundedScrypt(password, {
    salt,
    keyLength: KEY_LENGTH,
    n: N,
    r: R,
    p: P,
    priority: false,
  });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

/**
 * Whether `password` matches a stored hash. `priority` puts it in the line of sign-ins from a
 * known network; throws PasswordHashingBusy when its line is full.
 */
export async function verifyPassword(
  password: string,
  stored: string,
  options: { priority?: boolean } = {},
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await boundedScrypt(password, {
    salt: Buffer.from(salt, 'base64'),
    keyLength: expected.length,
    n: Number(n),
    r: Number(r),
    p: Number(p),
    priority: options.priority ?? false,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A password for the demo users: readable, 16 characters, about 80 bits. */
export function generatePassword(): string {
  const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(16), (byte) => alphabet[byte % alphabet.length]).join('');
}
