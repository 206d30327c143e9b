// The audit log: who did what, when, to which story and revision. One row per sign-in (and refused
// sign-in), sign-out, save, publish, unpublish, restore, and change of an account.
import type { Database } from './db/database.ts';
import { isoTime, type Clock } from './clock.ts';

export const AUDIT_ACTIONS = [
  'sign-in',
  'sign-in-refused',
  'sign-out',
  'save',
  'publish',
  'unpublish',
  'restore',
  'user-add',
  'user-remove',
  'password',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  actor: string;
  action: AuditAction;
  slug?: string | null;
  revision?: number | null;
  detail?: string | null;
}

export function audit(db: Database, clock: Clock, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit (at, actor, action, slug, revision, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    isoTime(clock),
    entry.actor,
    entry.action,
    entry.slug ?? null,
    entry.revision ?? null,
    entry.detail ?? null,
  );
}
