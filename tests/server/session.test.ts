// Sign-in, sessions and their cookies, against the real server (tests/server/helpers/newsroom.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { HOUR, MINUTE, PASSWORD, testNewsroom, type TestNewsroom } from './helpers/newsroom';

let newsroom: TestNewsroom;
beforeEach(async () => {
  newsroom = await testNewsroom();
  await newsroom.addUser('Ana', 'editor');
  await newsroom.addUser('Bojan', 'reporter');
});
afterEach(() => newsroom.stop());

const cookie = (cookies: string[], name: string) => cookies.find((c) => c.startsWith(`${name}=`)) ?? '';
const flags = (setCookie: string) =>
  setCookie
    .split(';')
    .slice(1)
    .map((f) => f.trim().toLowerCase());

describe('POST /api/session', () => {
  it('signs in: 204, an HttpOnly SameSite=Strict session cookie of ≥ 128 bits and a readable sv_signed_in=1', async () => {
    const client = newsroom.client();
    const answer = await client.signIn('Ana');
    expect(answer.status).toBe(204);
    const session = cookie(answer.cookies, 'sv_session');
    const token = session.split(';')[0]!.split('=')[1]!;
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(flags(session)).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/']));
    expect(flags(session)).not.toContain('secure'); // the public origin is http
    const signedIn = cookie(answer.cookies, 'sv_signed_in');
    expect(signedIn.startsWith('sv_signed_in=1;')).toBe(true);
    expect(flags(signedIn)).toEqual(expect.arrayContaining(['samesite=strict', 'path=/']));
    expect(flags(signedIn)).not.toContain('httponly');
    // Stored hashed: the database holds the token's SHA-256, never the token.
    const rows = newsroom.db.prepare('SELECT token_hash FROM sessions').all() as { token_hash: string }[];
    expect(rows).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    expect((await client.send('GET', '/api/session')).body).toEqual({ name: 'Ana', role: 'editor' });
  });

  it('marks both cookies Secure when the public origin is https', async () => {
    const behindProxy = await testNewsroom({ publicOrigin: 'https://news.example.org' });
    try {
      await behindProxy.addUser('Ana', 'editor');
      const answer = await behindProxy.client().signIn('Ana');
      expect(answer.status).toBe(204);
      expect(flags(cookie(answer.cookies, 'sv_session'))).toContain('secure');
      expect(flags(cookie(answer.cookies, 'sv_signed_in'))).toContain('secure');
    } finally {
      await behindProxy.stop();
    }
  });

  it('answers a wrong password and a wrong name with the same 401 and body', async () => {
    const wrongPassword = await newsroom.client().signIn('Ana', 'not the password at all');
    const wrongName = await newsroom.client().signIn('Nobody', PASSWORD);
    expect(wrongPassword.status).toBe(401);
    expect(wrongName.status).toBe(401);
    expect(wrongName.text).toBe(wrongPassword.text);
    expect(wrongName.body).toEqual({ error: 'Wrong name or password.' });
    expect(wrongPassword.cookies).toEqual([]);
  });

  it('records sign-ins and refusals in the audit log, never the typed name of an unknown account', async () => {
    await newsroom.client().signIn('Ana');
    await newsroom.client().signIn('Ana', 'wrong wrong wrong');
    await newsroom.client().signIn('my password typed here', 'x');
    const rows = newsroom.db
      .prepare("SELECT actor, action FROM audit WHERE action LIKE 'sign-in%' ORDER BY id")
      .all();
    expect(rows).toEqual([
      { actor: 'Ana', action: 'sign-in' },
      { actor: 'Ana', action: 'sign-in-refused' },
      { actor: '', action: 'sign-in-refused' },
    ]);
  });

  it('names the field of a body that is not a sign-in (400)', async () => {
    const client = newsroom.client();
    expect((await client.send('POST', '/api/session', { json: { name: 'Ana' } })).body).toMatchObject({
      field: 'password',
    });
    const huge = await client.send('POST', '/api/session', {
      json: { name: 'A'.repeat(100_000), password: 'x' },
    });
    expect(huge.status).toBe(400);
    expect(huge.body).toMatchObject({ field: 'name' });
    const long = await client.signIn('Ana', 'p'.repeat(1025));
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({ field: 'password' });
  });
});

describe('the sign-in rate limit (per name, 15 minutes from the first refusal)', () => {
  it('answers the 6th attempt 429 with Retry-After, even with the right password, then lets it in after the window', async () => {
    const client = newsroom.client();
    for (let i = 0; i < 5; i++) {
      expect((await client.signIn('Ana', `wrong password ${i}`)).status).toBe(401);
      newsroom.clock.advance(MINUTE);
    }
    const sixth = await client.signIn('Ana');
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get('retry-after')).toBe(String(10 * 60)); // 15 min after the first, 5 min later
    expect(sixth.cookies).toEqual([]);
    expect(Object.keys(sixth.body as object)).toEqual(['error']);
    // Another name is not held back.
    expect((await newsroom.client().signIn('Bojan')).status).toBe(204);
    newsroom.clock.advance(10 * MINUTE - 1000);
    expect((await client.signIn('Ana')).headers.get('retry-after')).toBe('1');
    newsroom.clock.advance(1000);
    expect((await client.signIn('Ana')).status).toBe(204);
  });

  it('holds back a name without an account just the same (the limit does not tell which names exist)', async () => {
    for (let i = 0; i < 5; i++)
      expect((await newsroom.client().signIn('Nobody', 'whatever it is')).status).toBe(401);
    expect((await newsroom.client().signIn('Nobody', 'whatever it is')).status).toBe(429);
    expect((await newsroom.client().signIn('ANA ', 'whatever it is')).status).toBe(401);
  });

  it('records a name held back once per window, not once per attempt (a flood of 429s writes no rows)', async () => {
    const refusedRows = () =>
      (
        newsroom.db
          .prepare(
            "SELECT COUNT(*) AS n FROM audit WHERE action = 'sign-in-refused' AND detail = 'too many attempts'",
          )
          .get() as { n: number }
      ).n;
    for (let i = 0; i < 5; i++) await newsroom.client().signIn('Ana', 'wrong wrong wrong');
    for (let i = 0; i < 20; i++) expect((await newsroom.client().signIn('Ana')).status).toBe(429);
    expect(refusedRows()).toBe(1);
    newsroom.clock.advance(15 * MINUTE);
    for (let i = 0; i < 5; i++) await newsroom.client().signIn('Ana', 'wrong wrong wrong');
    for (let i = 0; i < 3; i++) expect((await newsroom.client().signIn('Ana')).status).toBe(429);
    expect(refusedRows()).toBe(2);
  });

  it('forgets the refusals of a name that then signs in', async () => {
    for (let i = 0; i < 4; i++) await newsroom.client().signIn('Ana', 'wrong wrong wrong');
    expect((await newsroom.client().signIn('Ana')).status).toBe(204);
    for (let i = 0; i < 5; i++)
      expect((await newsroom.client().signIn('Ana', 'wrong wrong wrong')).status).toBe(401);
    expect((await newsroom.client().signIn('Ana')).status).toBe(429);
  });
});

describe('sessions end', () => {
  it('after 12 hours without a request, and each request keeps the session alive', async () => {
    const client = newsroom.client();
    await client.signIn('Ana');
    newsroom.clock.advance(11 * HOUR + 59 * MINUTE);
    expect((await client.send('GET', '/api/session')).status).toBe(200);
    newsroom.clock.advance(11 * HOUR + 59 * MINUTE);
    expect((await client.send('GET', '/api/session')).status).toBe(200);
    newsroom.clock.advance(12 * HOUR);
    const expired = await client.send('GET', '/api/session');
    expect(expired.status).toBe(401);
    // The cookies of an ended session are cleared.
    expect(expired.cookies.map((c) => c.split('=')[0]).sort()).toEqual(['sv_session', 'sv_signed_in']);
    expect(client.jar.size).toBe(0);
  });

  it('7 days after sign-in at most, however active', async () => {
    const client = newsroom.client();
    await client.signIn('Ana');
    for (let hours = 11; hours < 7 * 24; hours += 11) {
      newsroom.clock.advance(11 * HOUR);
      expect((await client.send('GET', '/api/session')).status).toBe(200);
    }
    newsroom.clock.advance(7 * 24 * HOUR - 15 * 11 * HOUR);
    expect((await client.send('GET', '/api/session')).status).toBe(401);
  });

  it('at sign-out: 204, both cookies cleared, the old token refused', async () => {
    const client = newsroom.client();
    await client.signIn('Ana');
    const token = client.jar.get('sv_session')!;
    const out = await client.send('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(out.cookies).toHaveLength(2);
    expect(out.cookies.every((c) => /max-age=0|expires=thu, 01 jan 1970/i.test(c))).toBe(true);
    client.jar.set('sv_session', token);
    expect((await client.send('GET', '/api/session')).status).toBe(401);
    expect(newsroom.db.prepare("SELECT actor FROM audit WHERE action = 'sign-out'").all()).toEqual([
      { actor: 'Ana' },
    ]);
  });

  it('GET /api/session without a session: 401', async () => {
    const answer = await newsroom.client().send('GET', '/api/session');
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: 'Sign in first.' });
  });
});
