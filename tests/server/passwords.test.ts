// Passwords (server/accounts/passwords.ts): the length rule, the stored form, and a name without an
// account checked against a hash of the same cost (so a wrong name costs what a wrong password costs).
import { describe, expect, it } from 'vitest';
import {
  costOf,
  hashPassword,
  HashingBusy,
  passwordProblem,
  PasswordChecker,
  PASSWORD_COST,
  verifyPassword,
} from '../../server/accounts/passwords';
import { TEST_COST } from './helpers/newsroom';

describe('passwords', () => {
  it('have 12 to 1,024 characters as a person counts them', () => {
    expect(passwordProblem('a'.repeat(11))).toContain('12 to 1,024');
    expect(passwordProblem('a'.repeat(12))).toBeNull();
    expect(passwordProblem('a'.repeat(1024))).toBeNull();
    expect(passwordProblem('a'.repeat(1025))).toContain('12 to 1,024');
    // é typed as one character or as e + a combining accent is one character, and the same password.
    expect(passwordProblem('é'.repeat(12))).toBeNull();
    expect(passwordProblem('e\u0301'.repeat(11))).toContain('has 11');
  });

  it('are stored as scrypt with their parameters, a random salt each time, and checked in constant time', async () => {
    const one = await hashPassword('café au lait ☕ twelve', TEST_COST);
    const two = await hashPassword('café au lait ☕ twelve', TEST_COST);
    expect(one).toMatch(/^\$scrypt\$ln=4,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(one).not.toBe(two);
    expect(await verifyPassword(one, 'cafe\u0301 au lait ☕ twelve')).toBe(true);
    expect(await verifyPassword(one, 'café au lait ☕ twelvf')).toBe(false);
    expect(await verifyPassword('$scrypt$ln=40,r=8,p=1$AAAA$AAAA', 'x')).toBe(false);
    expect(await verifyPassword('plain text', 'plain text')).toBe(false);
    expect(PASSWORD_COST).toEqual({ ln: 17, r: 8, p: 1 });
  });

  it('check a name without an account against a hash of the same cost as an account’s', async () => {
    const checked: string[] = [];
    const checker = new PasswordChecker(TEST_COST, async (stored, password) => {
      checked.push(stored);
      return verifyPassword(stored, password);
    });
    const account = await checker.hash('the right password');
    expect(await checker.check(account, 'a wrong password')).toBe(false);
    expect(await checker.check(null, 'a wrong password')).toBe(false);
    expect(await checker.check(null, 'the right password')).toBe(false);
    expect(await checker.check(account, 'the right password')).toBe(true);
    expect(checked).toHaveLength(4);
    expect(new Set(checked.map((hash) => JSON.stringify(costOf(hash))))).toEqual(
      new Set([JSON.stringify(TEST_COST)]),
    );
    expect(checked[1]).not.toBe(account);
  });
});

describe('the hashing queue', () => {
  it('refuses work beyond what it can queue (a flood of sign-ins gets 503s, not a queue that locks everyone out)', async () => {
    const checker = new PasswordChecker(TEST_COST);
    const stored = await checker.hash('a long enough password');
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, () => checker.check(stored, 'a long enough password')),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(HashingBusy);
    // What was queued is answered, and right.
    const done = results.filter((r) => r.status === 'fulfilled');
    expect(done.length).toBeGreaterThan(2);
    for (const r of done) expect((r as PromiseFulfilledResult<boolean>).value).toBe(true);
    // Once the queue has drained, a sign-in is checked again.
    expect(await checker.check(stored, 'a long enough password')).toBe(true);
  });
});
