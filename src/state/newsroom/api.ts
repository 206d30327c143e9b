// The newsroom server's API as the browser calls it (README, "Newsroom server": the routes, statuses
// and JSON shapes are the server's, kept exactly). Each call answers a value, never throws: what the
// server said (`status`, its JSON), or that it could not be reached. A page calls it only when the
// `sv_signed_in` cookie is there, or on #login (session.ts decides): a reader's page never does.
export type Answer<T> =
  | { ok: true; status: number; body: T; etag: string | null }
  | { ok: false; status: number; error: string; body: Record<string, unknown>; retryAfter: number | null }
  /** No answer: the network, or no server at all. */
  | { ok: false; status: 0; error: string; body: Record<string, unknown>; retryAfter: null };

/** The readable cookie the server sets with a session (and clears with it). */
export const SIGNED_IN_COOKIE = 'sv_signed_in';

export const hasSignedInCookie = (cookie: string = document.cookie): boolean =>
  cookie.split(';').some((part) => part.trim().startsWith(`${SIGNED_IN_COOKIE}=`));

/** Whether this page may call /api/: with the cookie, or on the sign-in page. */
export const mayCallApi = (cookie: string, hash: string): boolean =>
  hasSignedInCookie(cookie) || /^#?login(&|$)/.test(hash);

const API = `${import.meta.env.BASE_URL}api/`;

export async function call<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { json?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer<T>> {
  // Never from a reader's page: the call is not made (the same answer as no server).
  if (!mayCallApi(document.cookie, window.location.hash))
    return { ok: false, status: 0, error: 'not signed in', body: {}, retryAfter: null };
  const headers: Record<string, string> = { ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    return { ok: false, status: 0, error: (error as Error).message, body: {}, retryAfter: null };
  }
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  const etag = response.headers.get('etag');
  if (response.ok || response.status === 304)
    return { ok: true, status: response.status, body: body as T, etag };
  const record = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const retry = Number(response.headers.get('retry-after'));
  return {
    ok: false,
    status: response.status,
    error: typeof record.error === 'string' ? record.error : '',
    body: record,
    retryAfter: Number.isFinite(retry) && retry > 0 ? retry : null,
  };
}

/** The revision an ETag names ("3" → 3), or null. */
export const revisionOf = (etag: string | null): number | null => {
  const m = etag ? /^(?:W\/)?"(\d+)"$/.exec(etag) : null;
  return m ? Number(m[1]) : null;
};
