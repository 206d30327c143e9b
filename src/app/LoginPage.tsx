// `#login`: the newsroom's sign-in (README, "Newsroom server"). Name and Password, sent with fetch (the
// CSP's `form-action 'none'` stays: the form never submits itself); a wrong name or password gets the
// server's one message, which does not say which, and focus goes back to Name; held back (429), it
// says when to try again. Signed in, the list of stories (with the newsroom's drafts) opens.
import { useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { sessionStore, signIn, type SignIn } from '../state/newsroom/session';
import { NEWSROOM_WORDS as W } from '../state/newsroom/newsroomWords';
import { SessionBadge } from '../ui/SessionBadge';
import './login.css';

function said(result: Exclude<SignIn, { ok: true }>): string {
  switch (result.kind) {
    case 'wrong':
      return result.error || 'Wrong name or password.';
    case 'held':
      return result.retryAfter ? W.retryIn(result.retryAfter) : result.error;
    case 'noServer':
      return W.noServer;
    case 'unreachable':
      return W.unreachable;
    case 'failed':
      return result.error || W.failed(result.status);
  }
}

export function LoginPage() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.getState);
  const nameRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const form = new FormData(event.currentTarget);
    const name = String(form.get('name') ?? '');
    const password = String(form.get('password') ?? '');
    if (!name.trim() || !password) {
      setMessage(W.fillBoth);
      nameRef.current?.focus();
      return;
    }
    setBusy(true);
    setMessage(null);
    const result = await signIn(name, password);
    setBusy(false);
    if (result.ok) {
      setMessage(null);
      window.location.hash = 'stories';
      return;
    }
    setMessage(said(result));
    nameRef.current?.focus();
  };

  return (
    <div className="front">
      <header className="app-header front-header">
        <h1 className="app-title">Situation Viewer</h1>
        <p className="app-subtitle">{W.signInTitle}</p>
        <div className="share-controls">
          <SessionBadge />
        </div>
      </header>
      <main className="login-page">
        <h2>{W.signInTitle}</h2>
        <p className="story-meta">{W.signInIntro}</p>
        {session.status === 'signedIn' && (
          <p role="status">
            {W.signedInAs(session.name, session.role)}. <a href="#stories">{W.toStories}</a>
          </p>
        )}
        <form className="login-form" onSubmit={(event) => void submit(event)} noValidate>
          <label htmlFor="login-name">{W.name}</label>
          <input
            id="login-name"
            name="name"
            ref={nameRef}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            aria-describedby={message ? 'login-message' : undefined}
          />
          <label htmlFor="login-password">{W.password}</label>
          <input
            id="login-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
          <button type="submit" aria-disabled={busy || undefined}>
            {busy ? W.signingIn : W.signIn}
          </button>
        </form>
        {/* One message, always in the page so that it is announced when it changes. */}
        <p id="login-message" className="login-message" role="alert" data-testid="login-message">
          {message}
        </p>
        <p>
          <a href="#stories">{W.toStories}</a>
        </p>
      </main>
    </div>
  );
}
