// Sessions: a random token of 256 bits in the cookie, its SHA-256 in the database (a copy of the
// database signs no one in). A session ends after 12 hours without a request, 7 days after sign-in at
// most, at sign-out, and when its account is removed or its password changed (users.ts). Expired rows
// are deleted when met and at each sign-in.
import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../db/database.ts';
import type { Clock } from '../clock.ts';
import type { User } from './users.ts';

const HOUR = 60 * 60 * 1000;
export const SESSION_LIMITS = { idleMs: 12 * HOUR, maxMs: 7 * 24 * HOUR } as const;
const TOKEN_BYTES = 32;
/** A session seen within this long is not written again (one write a minute, not one a request). */
const TOUCH_EVERY_MS = 60 * 1000;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

interface SessionRow extends User {
  token_hash: string;
  created_ms: number;
  last_seen_ms: number;
}

export class Sessions {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** A new session for the account; returns the token (only the cookie keeps it) and when it ends at most. */
  create(userId: number): { token: string; maxAgeS: number } {
    const now = this.clock();
    this.db
      .prepare('DELETE FROM sessions WHERE last_seen_ms <= ? OR created_ms <= ?')
      .run(now - SESSION_LIMITS.idleMs, now - SESSION_LIMITS.maxMs);
    const token = randomBytes(TOKEN_BYTES).toString('base64url');
    this.db
      .prepare('INSERT INTO sessions (token_hash, user_id, created_ms, last_seen_ms) VALUES (?, ?, ?, ?)')
      .run(hashToken(token), userId, now, now);
    return { token, maxAgeS: SESSION_LIMITS.maxMs / 1000 };
  }

  /** The account of a live session (and the session is kept alive), or null. */
  find(token: string | undefined): User | null {
    if (!token || !TOKEN.test(token)) return null;
    const hash = hashToken(token);
    const row = this.db
      .prepare(
        `SELECT s.token_hash, s.created_ms, s.last_seen_ms, u.id, u.name, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
      )
      .get(hash) as SessionRow | undefined;
    if (!row) return null;
    const now = this.clock();
    if (now - row.last_seen_ms >= SESSION_LIMITS.idleMs || now - row.created_ms >= SESSION_LIMITS.maxMs) {
      this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash);
      return null;
    }
    if (now - row.last_seen_ms >= TOUCH_EVERY_MS)
      this.db.prepare('UPDATE sessions SET last_seen_ms = ? WHERE token_hash = ?').run(now, hash);
    return { id: row.id, name: row.name, role: row.role };
  }

  end(token: string | undefined): void {
    if (token && TOKEN.test(token))
      this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
  }
}
