// Who is signed in to the newsroom, for every page (not one story's: it outlives them). A value outside
// React with `getState` and `subscribe` (React reads it with useSyncExternalStore, as the story's store).
// The server sets `sv_signed_in=1` beside its HttpOnly session cookie: only when that cookie is there
// does the page ask the server who is signed in, so a reader's page never calls /api/.
import { call, hasSignedInCookie } from './api';

export { hasSignedInCookie, mayCallApi, SIGNED_IN_COOKIE } from './api';

export type Role = 'editor' | 'reporter';

export type Session =
  /** No `sv_signed_in` cookie: a reader (nothing was asked). */
  | { status: 'reader' }
  /** The cookie is there; the server is being asked. */
  | { status: 'checking' }
  | { status: 'signedIn'; name: string; role: Role }
  /** The cookie is there but the server cannot be reached (the static build, or it is down). */
  | { status: 'unreachable' };

let state: Session = { status: 'reader' };
const listeners = new Set<() => void>();
let asked = false;

function set(next: Session) {
  state = next;
  for (const listener of [...listeners]) listener();
}

export const sessionStore = {
  getState: (): Session => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    // The first page to look asks the server, once, when the cookie says someone is signed in.
    if (!asked) {
      asked = true;
      void refreshSession();
    }
    return () => listeners.delete(listener);
  },
};

/** Asks the server who is signed in (only with the cookie: never on a reader's page). */
export async function refreshSession(): Promise<Session> {
  if (!hasSignedInCookie()) {
    set({ status: 'reader' });
    return state;
  }
  if (state.status !== 'signedIn') set({ status: 'checking' });
  const answer = await call<{ name: string; role: Role }>('GET', 'session');
  if (answer.ok) set({ status: 'signedIn', name: answer.body.name, role: answer.body.role });
  else if (answer.status === 401) set({ status: 'reader' });
  else set({ status: 'unreachable' });
  return state;
}

export type SignIn =
  | { ok: true }
  | {
      ok: false;
      kind: 'wrong' | 'held' | 'noServer' | 'unreachable' | 'failed';
      error: string;
      retryAfter: number | null;
      status: number;
    };

export async function signIn(name: string, password: string): Promise<SignIn> {
  const answer = await call<null>('POST', 'session', { json: { name, password } });
  if (answer.ok) {
    await refreshSession();
    return { ok: true };
  }
  const kind =
    answer.status === 401
      ? 'wrong'
      : answer.status === 429
        ? 'held'
        : answer.status === 0
          ? 'unreachable'
          : answer.status === 404 || answer.status === 405
            ? 'noServer'
            : 'failed';
  return { ok: false, kind, error: answer.error, retryAfter: answer.retryAfter, status: answer.status };
}

export async function signOut(): Promise<void> {
  await call('DELETE', 'session');
  set({ status: 'reader' });
}
