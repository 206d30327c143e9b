// The role rule (server/accounts/roles.ts, server/http/access.ts) on a route the test declares as the
// newsroom's editor-only routes are declared (access 'publish'), with a body, so that the check is seen
// to come before the body is read; issue 41's own routes are tested in publish.test.ts and revisions.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { testNewsroom, type TestNewsroom } from './helpers/newsroom';
import { installAccess } from '../../server/http/access';
import { PERMISSIONS } from '../../server/accounts/roles';

let newsroom: TestNewsroom;
afterEach(() => newsroom?.stop());

describe('roles', () => {
  it('only an editor publishes, unpublishes or restores; both roles read and save drafts', () => {
    expect(PERMISSIONS).toEqual({
      read: ['editor', 'reporter'],
      'save-draft': ['editor', 'reporter'],
      publish: ['editor'],
      unpublish: ['editor'],
      restore: ['editor'],
    });
  });

  it('answers a reporter 403 on an editor-only route, an editor 200, no session 401, before reading the body', async () => {
    let ran = 0;
    newsroom = await testNewsroom({
      extraRoutes: (app) =>
        app.post('/api/test-only/:slug/publish', { config: { access: 'publish', json: true } }, async () => {
          ran++;
          return { revision: 1 };
        }),
    });
    await newsroom.addUser('Ana', 'editor');
    await newsroom.addUser('Bojan', 'reporter');
    const [ana, bojan, stranger] = [newsroom.client(), newsroom.client(), newsroom.client()];
    await ana.signIn('Ana');
    await bojan.signIn('Bojan');
    const publish = (client: typeof ana, body = '{}') =>
      client.send('POST', '/api/test-only/x/publish', {
        body,
        headers: { 'content-type': 'application/json' },
      });
    const refused = await publish(bojan, 'not even JSON');
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: 'A reporter cannot publish.' });
    expect((await publish(stranger, 'not even JSON')).status).toBe(401);
    expect(ran).toBe(0);
    expect((await publish(ana)).status).toBe(200);
    expect(ran).toBe(1);
  });

  it('refuses to register an API route that does not declare who may use it', async () => {
    const app = Fastify();
    installAccess(app, { sessions: null as never, secure: () => false });
    expect(() => app.get('/api/anything', async () => 'hello')).toThrow(/declares its access/);
    await app.close();
  });

  it('answers an unexpected failure 500 with a JSON error and no stack trace; the details go to the log', async () => {
    const logged: string[] = [];
    newsroom = await testNewsroom({
      log: (line) => logged.push(line),
      extraRoutes: (app) =>
        app.get('/api/fails', { config: { access: 'public' } }, async () => {
          throw new Error('the secret internals of the server');
        }),
    });
    const answer = await newsroom.client().send('GET', '/api/fails');
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({ error: 'The server failed to answer; the failure is in its log.' });
    expect(answer.text).not.toMatch(/secret|at .*\.ts/);
    expect(logged.join('\n')).toContain('the secret internals of the server');
  });
});
