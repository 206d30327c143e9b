// `npm run export -- <dir>` (issue 41): the viewer and every published story as a static site, served
// here by a plain static server, Debian's Caddy with the project's Caddyfile (deploy/headers.ts) and
// nothing of ours: the same files the newsroom serves, story files immutable, the index revalidated.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runExport } from '../../server/cli/export';
import { caddyfile, CACHE } from '../../deploy/headers';
import { tempDir, testNewsroom, type TestNewsroom } from './helpers/newsroom';
import {
  fixtureDistWithStories,
  publish,
  realDraft,
  saveDraft,
  SHIPPED_SLUG,
  type IndexJson,
} from './helpers/stories';
import { STARTS_NPM_SCRIPT_MS, RUNS_NEWSROOM_TWICE_MS } from '../unit/helpers/budgets';

let newsroom: TestNewsroom | null = null;
let caddy: ChildProcess | null = null;
const dirs: string[] = [];
afterEach(async () => {
  caddy?.kill();
  caddy = null;
  await newsroom?.stop();
  newsroom = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const dir = (name: string) => {
  const made = tempDir(name);
  dirs.push(made);
  return made;
};

async function exportTo(out: string, env: Record<string, string>) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  let err = '';
  stdout.on('data', (chunk) => (text += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  const code = await runExport([out], { stdout, stderr, env });
  return { code, out: text, err };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

/** Debian's caddy serving `root` with the project's Caddyfile; resolves with its origin once it serves. */
async function serveWithCaddy(root: string): Promise<string> {
  const port = await freePort();
  const config = join(dir('caddy'), 'Caddyfile');
  writeFileSync(config, caddyfile(root, `http://127.0.0.1:${port}`));
  caddy = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, HOME: tmpdir(), XDG_DATA_HOME: tmpdir(), XDG_CONFIG_HOME: tmpdir() },
  });
  await new Promise<void>((ready, fail) => {
    let log = '';
    caddy!.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (/serving initial configuration/.test(log)) ready();
    });
    caddy!.on('error', (error) => fail(new Error(`caddy could not run (${error.message})`)));
    caddy!.on('exit', (code) => fail(new Error(`caddy exited (${code}):\n${log}`)));
  });
  return `http://127.0.0.1:${port}`;
}

describe('npm run export', () => {
  it(
    'writes the viewer and every published story as a static site that Caddy serves: the same files the newsroom serves',
    async () => {
      const distDir = fixtureDistWithStories();
      dirs.push(distDir);
      newsroom = await testNewsroom({ distDir });
      await newsroom.addUser('Ana', 'editor');
      const ana = newsroom.client();
      await ana.signIn('Ana');
      await publish(ana, 'border-story', await saveDraft(ana, 'border-story', realDraft('border-story')));
      await ana.send('POST', `/api/stories/${SHIPPED_SLUG}/unpublish`);

      const out = join(dir('export'), 'site');
      // Through npm, as a newsroom runs it, while the server runs.
      const exported = await new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn('npm', ['run', '--silent', 'export', '--', out], {
          env: { ...process.env, DATA_DIR: newsroom!.dataDir, DIST_DIR: distDir },
        });
        let text = '';
        let err = '';
        child.stdout.on('data', (chunk: Buffer) => (text += chunk));
        child.stderr.on('data', (chunk: Buffer) => (err += chunk));
        child.on('close', (code) => resolve({ code, out: text, err }));
      });
      expect(exported.err).toBe('');
      expect(exported.code).toBe(0);
      expect(exported.out).toContain(`Exported the viewer and 1 published story to ${out}`);

      const origin = await serveWithCaddy(out);
      const served = async (base: string, path: string) => {
        const answer = await fetch(new URL(path, base));
        return { answer, bytes: Buffer.from(await answer.arrayBuffer()) };
      };
      // The viewer, as built.
      const page = await served(origin, '/');
      expect(page.answer.status).toBe(200);
      expect(page.bytes.equals(readFileSync(join(distDir, 'index.html')))).toBe(true);
      // The index: byte for byte the newsroom's, revalidated.
      const index = await served(origin, '/stories/index.json');
      expect(index.bytes.equals((await served(newsroom.url, '/stories/index.json')).bytes)).toBe(true);
      expect(index.answer.headers.get('cache-control')).toBe(CACHE.revalidate);
      const etag = index.answer.headers.get('etag')!;
      expect(
        (await fetch(new URL('/stories/index.json', origin), { headers: { 'if-none-match': etag } })).status,
      ).toBe(304);
      const parsed = JSON.parse(index.bytes.toString('utf8')) as IndexJson;
      expect(parsed.stories.map((s) => s.slug)).toEqual(['border-story']);
      expect(parsed.withdrawn.map((w) => w.slug)).toEqual([SHIPPED_SLUG]);
      // Each file it names: the newsroom's bytes, immutable.
      for (const path of [parsed.stories[0]!.file, parsed.stories[0]!.thumbnail]) {
        const file = await served(origin, `/${path}`);
        expect(file.answer.status, path).toBe(200);
        expect(file.answer.headers.get('cache-control'), path).toBe(CACHE.immutable);
        expect(file.bytes.equals((await served(newsroom.url, `/${path}`)).bytes), path).toBe(true);
      }
    },
    STARTS_NPM_SCRIPT_MS,
  ); // starts npm and tsx, and caddy: see tests/unit/helpers/budgets.ts

  it(
    'exports again into the same folder, keeping the files an older index named',
    async () => {
      const distDir = fixtureDistWithStories();
      dirs.push(distDir);
      newsroom = await testNewsroom({ distDir });
      await newsroom.addUser('Ana', 'editor');
      const ana = newsroom.client();
      await ana.signIn('Ana');
      const env = { DATA_DIR: newsroom.dataDir, DIST_DIR: distDir };
      const out = join(dir('export'), 'site');
      const first = await saveDraft(ana, 'border-story', realDraft('border-story', { title: 'One' }));
      await publish(ana, 'border-story', first);
      expect((await exportTo(out, env)).code).toBe(0);
      const before = JSON.parse(readFileSync(join(out, 'stories/index.json'), 'utf8')) as IndexJson;
      await publish(
        ana,
        'border-story',
        await saveDraft(ana, 'border-story', realDraft('border-story', { title: 'Two' }), first),
      );
      expect((await exportTo(out, env)).code).toBe(0);
      const after = JSON.parse(readFileSync(join(out, 'stories/index.json'), 'utf8')) as IndexJson;
      const story = (index: IndexJson) => index.stories.find((s) => s.slug === 'border-story')!.file;
      expect(story(after)).not.toBe(story(before));
      // A reader who loaded the older index a moment ago still gets its file.
      expect(existsSync(join(out, story(before)))).toBe(true);
      expect(existsSync(join(out, story(after)))).toBe(true);
      // Withdrawn: the next export takes every file of the story off (a page that read an older index
      // reads it again on the 404 and says the story was withdrawn).
      const withdrawn = await ana.send('POST', '/api/stories/border-story/unpublish');
      expect(withdrawn.status).toBe(200);
      expect((await exportTo(out, env)).code).toBe(0);
      expect(readdirSync(join(out, 'stories/border-story'))).toEqual([]);
      const last = JSON.parse(readFileSync(join(out, 'stories/index.json'), 'utf8')) as IndexJson;
      expect(last.stories.map((s) => s.slug)).toEqual([SHIPPED_SLUG]);
      expect(existsSync(join(out, last.stories[0]!.file))).toBe(true);
    },
    RUNS_NEWSROOM_TWICE_MS,
  ); // in process, twice: see tests/unit/helpers/budgets.ts

  it('refuses to export into the data folder, the built viewer, or a folder that is not an export', async () => {
    newsroom = await testNewsroom();
    const env = { DATA_DIR: newsroom.dataDir, DIST_DIR: newsroom.distDir };
    for (const out of [newsroom.dataDir, join(newsroom.dataDir, 'site'), newsroom.distDir]) {
      const refused = await exportTo(out, env);
      expect(refused.code, out).toBe(1);
      expect(refused.err, out).toContain(out);
    }
    const someonesFolder = dir('export');
    mkdirSync(join(someonesFolder, 'notes'));
    writeFileSync(join(someonesFolder, 'notes', 'todo.txt'), 'keep me\n');
    const refused = await exportTo(someonesFolder, env);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('not empty');
    expect(readFileSync(join(someonesFolder, 'notes', 'todo.txt'), 'utf8')).toBe('keep me\n');
    const none = await exportTo('', env);
    expect(none.code).toBe(2);
  });
});
