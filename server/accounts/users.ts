// The newsroom's accounts (the users CLI writes them; sign-in reads them). A name is what a person
// signs in with and what colleagues read ("Ana saved a newer draft at 10:42"): letters, digits, spaces,
// dots, hyphens, apostrophes and underscores, 1 to 64 characters, no control character (it is written
// into logs, headers of no kind, and JSON only). Unique regardless of ASCII case.
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { ROLES, type Role } from './roles.ts';
import { isoTime, type Clock } from '../clock.ts';
import { audit, type AuditAction } from '../audit.ts';

export const USER_NAME_MAX = 64;
export const userNameSchema = z
  .string()
  .transform((name) => name.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'a name has 1 to 64 characters')
      .max(USER_NAME_MAX, 'a name has 1 to 64 characters')
      .regex(
        /^[\p{L}\p{N}](?:[\p{L}\p{N} .'_-]*[\p{L}\p{N}])?$/u,
        'a name has letters, digits, and spaces, dots, hyphens, apostrophes or underscores between them',
      ),
  );
export const roleSchema = z.enum(ROLES);

export interface User {
  id: number;
  name: string;
  role: Role;
}
export interface UserRow extends User {
  password_hash: string;
  created_at: string;
  password_changed_at: string;
}

export class Users {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  find(name: string): UserRow | null {
    return (this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined) ?? null;
  }

  /** Every account without its hash, by name. */
  list(): { name: string; role: Role; createdAt: string; passwordChangedAt: string; sessions: number }[] {
    return this.db
      .prepare(
        `SELECT name, role, created_at AS createdAt, password_changed_at AS passwordChangedAt,
                (SELECT count(*) FROM sessions s WHERE s.user_id = u.id) AS sessions
         FROM users u ORDER BY name`,
      )
      .all() as ReturnType<Users['list']>;
  }

  /** false when the name is taken. */
  add(name: string, role: Role, passwordHash: string): boolean {
    const now = isoTime(this.clock);
    const result = this.db
      .prepare(
        `INSERT INTO users (name, role, password_hash, created_at, password_changed_at)
         VALUES (?, ?, ?, ?, ?) ON CONFLICT (name) DO NOTHING`,
      )
      .run(name, role, passwordHash, now, now);
    if (result.changes) this.audit(name, 'user-add', role);
    return result.changes === 1;
  }

  /** Removes the account and ends its sessions; false when there was none. */
  remove(name: string): boolean {
    const removed = this.db.transaction(() => {
      const user = this.find(name);
      if (!user) return false;
      // The foreign key cascades too; said here as well, so that no session can outlive its account
      // (an id SQLite gives again to the next account would otherwise sign that one in).
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
      this.db.prepare('DELETE FROM users WHERE id = ?').run(user.id);
      this.audit(user.name, 'user-remove', null);
      return true;
    })();
    return removed;
  }

  /** Sets a new password and ends every session of the account; false when there is no account. */
  setPassword(name: string, passwordHash: string, why: 'password' | 'rehash' = 'password'): boolean {
    return this.db.transaction(() => {
      const user = this.find(name);
      if (!user) return false;
      if (why === 'rehash') {
        // A stronger hash of the same password: sessions stay, nothing is recorded as a change.
        this.db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, user.id);
        return true;
      }
      this.db
        .prepare('UPDATE users SET password_hash = ?, password_changed_at = ? WHERE id = ?')
        .run(passwordHash, isoTime(this.clock), user.id);
      this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(user.id);
      this.audit(user.name, 'password', null);
      return true;
    })();
  }

  private audit(actor: string, action: AuditAction, detail: string | null) {
    audit(this.db, this.clock, { actor, action, detail });
  }
}
