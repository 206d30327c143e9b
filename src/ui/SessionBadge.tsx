// Who is signed in to the newsroom, in the header: the name and Sign out. Nothing for a reader (no
// `sv_signed_in` cookie: nothing is asked of the server either, src/state/newsroom/session.ts).
import { useSyncExternalStore } from 'react';
import { sessionStore, signOut } from '../state/newsroom/session';
import { NEWSROOM_WORDS as W } from '../state/newsroom/newsroomWords';

export function SessionBadge() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
  if (session.status !== 'signedIn') return null;
  return (
    <span className="session-badge" data-testid="session">
      <span className="session-name" title={W.signedInAs(session.name, session.role)}>
        <span className="sr-only">{W.signedInAs(session.name, session.role)}</span>
        <span aria-hidden="true">{W.signedInShort(session.name)}</span>
      </span>{' '}
      <button type="button" onClick={() => void signOut()}>
        {W.signOut}
      </button>
    </span>
  );
}
