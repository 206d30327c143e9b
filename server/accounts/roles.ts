// Who may do what, defined once. A route names the action it performs (its `access`, see
// server/http/access.ts); the check is done before the request's body is read. Issue 41's routes
// name 'publish', 'unpublish' or 'restore' and need no other change.
export const ROLES = ['editor', 'reporter'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  /** Read the list of stories, a draft, revisions. */
  read: ['editor', 'reporter'],
  /** Create a story, review it, save its draft. */
  'save-draft': ['editor', 'reporter'],
  publish: ['editor'],
  unpublish: ['editor'],
  restore: ['editor'],
} as const satisfies Record<string, readonly Role[]>;
export type Action = keyof typeof PERMISSIONS;

export const can = (role: Role, action: Action): boolean =>
  (PERMISSIONS[action] as readonly Role[]).includes(role);
