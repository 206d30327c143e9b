// The sign-in rate limit, per name (whether or not an account has it, so that the limit does not tell
// which names exist): after 5 refused attempts, the 6th and later attempts within 15 minutes of the
// first refusal are answered 429 with Retry-After, even with the right password. A successful sign-in
// before that clears the count. Kept in memory: a restart forgets it (it lasts 15 minutes anyway);
// at most MAX_NAMES names are tracked, the oldest windows dropped first.
import type { Clock } from '../clock.ts';

export const SIGN_IN_LIMIT = { failures: 5, windowMs: 15 * 60 * 1000 } as const;
const MAX_NAMES = 10_000;

interface Window {
  firstFailureMs: number;
  failures: number;
  /** Whether a held-back attempt of this window has been recorded (one audit row per window). */
  recorded?: boolean;
}

/** The key of a name: the same account whatever the case (the database compares names so too). */
const keyOf = (name: string) => name.normalize('NFC').trim().toLowerCase();

export class SignInLimiter {
  private readonly windows = new Map<string, Window>();
  constructor(private readonly clock: Clock) {}

  private current(name: string): Window | null {
    const key = keyOf(name);
    const window = this.windows.get(key);
    if (window && this.clock() - window.firstFailureMs >= SIGN_IN_LIMIT.windowMs) {
      this.windows.delete(key);
      return null;
    }
    return window ?? null;
  }

  /** Seconds to wait before trying this name again, or null when an attempt may be made now. */
  retryAfterS(name: string): number | null {
    const window = this.current(name);
    if (!window || window.failures < SIGN_IN_LIMIT.failures) return null;
    return Math.max(1, Math.ceil((window.firstFailureMs + SIGN_IN_LIMIT.windowMs - this.clock()) / 1000));
  }

  /** True the first time it is asked while this name is held back, in each window: the one to record. */
  firstHeldBack(name: string): boolean {
    const window = this.current(name);
    if (!window || window.failures < SIGN_IN_LIMIT.failures || window.recorded) return false;
    window.recorded = true;
    return true;
  }

  refused(name: string): void {
    const window = this.current(name);
    if (window) {
      window.failures++;
      return;
    }
    if (this.windows.size >= MAX_NAMES) this.windows.delete(this.windows.keys().next().value!);
    this.windows.set(keyOf(name), { firstFailureMs: this.clock(), failures: 1 });
  }

  succeeded(name: string): void {
    this.windows.delete(keyOf(name));
  }
}
