// Passwords: scrypt from node:crypto (no dependency), stored in the PHC string format with their
// parameters, so a later change of cost still reads older hashes (and rehashes them at the next
// sign-in). Production cost: N = 2^17, r = 8, p = 1 (128 MiB, OWASP's minimum for scrypt), a 16-byte
// random salt, a 32-byte key. Hashing runs on libuv's thread pool, at most two at a time, so that a
// flood of sign-ins can neither take 128 MiB each nor starve the pool the static files are read with.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N, scrypt's CPU and memory cost. */
  ln: number;
  r: number;
  p: number;
}
export const PASSWORD_COST: ScryptCost = { ln: 17, r: 8, p: 1 };
export const PASSWORD_LENGTH = { min: 12, max: 1024 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
const PARALLEL_HASHES = 2;

/** Characters as a person counts them (code points), after NFC, so é typed either way is one. */
const normalise = (password: string) => password.normalize('NFC');
export const passwordLength = (password: string) => [...normalise(password)].length;

/** Why a new password is refused, or null. */
export function passwordProblem(password: string): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_LENGTH.min || length > PASSWORD_LENGTH.max)
    return `a password has 12 to 1,024 characters (this one has ${length.toLocaleString('en')})`;
  return null;
}

/**
 * Hashes waiting beyond these are refused at once (the sign-in answers 503): an unbounded queue let
 * one client's flood of wrong sign-ins hold everyone's sign-in for minutes (the security review).
 */
const MAX_WAITING = 16;

/** The hashing queue is full: try again in a few seconds. */
export class HashingBusy extends Error {
  constructor() {
    super('the server is busy checking other sign-ins');
  }
}

let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(work: () => Promise<T>): Promise<T> {
  if (running >= PARALLEL_HASHES) {
    if (waiting.length >= MAX_WAITING) throw new HashingBusy();
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function derive(password: string, salt: Buffer, cost: ScryptCost, length: number): Promise<Buffer> {
  const N = 2 ** cost.ln;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r + 1024 * 1024 };
  return limited(
    () =>
      new Promise((resolve, reject) =>
        scrypt(normalise(password), salt, length, options, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

const b64 = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

export async function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return `$scrypt$ln=${cost.ln},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(key)}`;
}

export function costOf(stored: string): ScryptCost | null {
  const m = PHC.exec(stored);
  return m ? { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) } : null;
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const m = PHC.exec(stored);
  const cost = costOf(stored);
  if (!m || !cost || cost.ln > 20) return false;
  const expected = Buffer.from(m[5], 'base64');
  const key = await derive(password, Buffer.from(m[4], 'base64'), cost, expected.length);
  return timingSafeEqual(key, expected);
}

export const sameCost = (a: ScryptCost, b: ScryptCost) => a.ln === b.ln && a.r === b.r && a.p === b.p;

/**
 * Checks a sign-in's password against an account's hash, or, for a name with no account, against a
 * hash of a random password made with the same cost: a wrong name costs the same hashing time as a
 * wrong password, so the answer's time does not tell which names exist.
 */
export class PasswordChecker {
  private dummy: Promise<string> | null = null;
  constructor(
    readonly cost: ScryptCost = PASSWORD_COST,
    /** The check itself (a test records what it is given). */
    private readonly verify: (stored: string, password: string) => Promise<boolean> = verifyPassword,
  ) {}

  /** The hash a name without an account is checked against (made once). */
  dummyHash(): Promise<string> {
    this.dummy ??= hashPassword(randomBytes(32).toString('hex'), this.cost);
    return this.dummy;
  }

  async check(stored: string | null, password: string): Promise<boolean> {
    const ok = await this.verify(stored ?? (await this.dummyHash()), password);
    return ok && stored !== null;
  }

  hash(password: string): Promise<string> {
    return hashPassword(password, this.cost);
  }
}
