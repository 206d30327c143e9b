// The newsroom server under load (issue 41), `BENCH_CASES=server`: the server as `npm start` runs it
// (server/main.ts on the bench's build, a process of its own) with a data folder seeded here (five
// editors with sessions, a copy of the shipped story published through the API, each editor's own
// draft), then for BENCH_SERVER_SECONDS (30) at once: BENCH_SERVER_READERS (200) concurrent readers
// asking for the published story's files (the index, the story file, the thumbnail, in turn, each
// with Accept-Encoding: br, gzip) and BENCH_SERVER_EDITORS (5) editors each saving their draft as
// soon as the last save was answered (the desk saves at most one at a time). Then, the load over,
// the first picture and first idle of the published story served by that server, alternating with
// the bare map as the rest of the bench serves it. The load generator runs in this process, on the
// same machine as the server: both share its cores. Not a test: it reports numbers.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openDatabase } from '../server/db/database';
import { Users } from '../server/accounts/users';
import { Sessions } from '../server/accounts/sessions';
import { hashPassword } from '../server/accounts/passwords';
import { bundleFilesIn, nodeBundleContext, STORIES_DIR, storySlugs } from '../scripts/story/bundle';
import { parseBundle } from '../src/story/parseBundle';
import { startDraft } from '../src/state/desk/draft';
import { startUp, type StartUp } from './measure';
import { stat, type Stat } from './stats';

export interface ServerResults {
  readers: number;
  editors: number;
  seconds: number;
  errors: number;
  readerP95Ms: number;
  saveP95Ms: number;
  readerMedianMs: number;
  saveMedianMs: number;
  readerRequests: number;
  saves: number;
  /** What the errors were (status or message: count). */
  errorKinds: Record<string, number>;
  firstIdleMs: { app: Stat; baseline: Stat; ratio: number };
  firstPictureMs: { app: Stat; baseline: Stat };
}

const PUBLISHED = 'bench-published-story';

const percentile = (xs: number[], p: number) => {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** A draft of the shipped story under `slug`, as the desk saves it; `n` makes each save differ. */
const bases = new Map<string, ReturnType<typeof baseDraft>>();
function baseDraft(slug: string) {
  const files = bundleFilesIn(join(STORIES_DIR, storySlugs()[0]!));
  return { bundle: files, review: startDraft(parseBundle(slug, files, nodeBundleContext())) };
}
function draftOf(slug: string, n: number) {
  if (!bases.has(slug)) bases.set(slug, baseDraft(slug));
  const { bundle, review } = bases.get(slug)!;
  return { bundle, review: { ...review, nextKey: review.nextKey + n, changedAt: new Date().toISOString() } };
}

function startServer(
  root: string,
  dataDir: string,
  port: number,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DIST_DIR: join(root, 'dist'),
      PORT: String(port),
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`the newsroom server exited (${code}):\n${out}`)));
  });
}

export async function measureServer(
  browser: Browser,
  options: {
    root: string;
    port: number;
    baselineUrl: string;
    runs: number;
    repeat: (
      label: string,
      app: () => Promise<number>,
      baseline: () => Promise<number>,
    ) => Promise<{ app: Stat; baseline: Stat }>;
  },
): Promise<ServerResults> {
  const seconds = Number(process.env.BENCH_SERVER_SECONDS ?? 30);
  const readers = Number(process.env.BENCH_SERVER_READERS ?? 200);
  const editors = Number(process.env.BENCH_SERVER_EDITORS ?? 5);
  const dataDir = mkdtempSync(join(tmpdir(), 'sv-bench-newsroom-'));
  // Seeded: the editors and their sessions (no sign-in: scrypt is not what is measured).
  const db = openDatabase({ dataDir });
  const users = new Users(db, Date.now);
  const sessions = new Sessions(db, Date.now);
  const cookies: string[] = [];
  for (let i = 1; i <= editors; i++) {
    users.add(`Editor ${i}`, 'editor', await hashPassword(`bench password ${i}`, { ln: 4, r: 8, p: 1 }));
    cookies.push(`sv_session=${sessions.create(users.find(`Editor ${i}`)!.id).token}`);
  }
  db.close();
  const { child, url } = await startServer(options.root, dataDir, options.port);
  const origin = new URL(url).origin;
  try {
    const api = (cookie: string, method: string, path: string, body?: unknown, ifMatch?: number) =>
      fetch(new URL(path, url), {
        method,
        headers: {
          cookie,
          origin,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const created = await api(cookies[0]!, 'PUT', `/api/stories/${PUBLISHED}/draft`, draftOf(PUBLISHED, 0));
    const published = await api(cookies[0]!, 'POST', `/api/stories/${PUBLISHED}/publish`, undefined, 1);
    if (created.status !== 201 || published.status !== 200)
      throw new Error(
        `seeding the published story: ${created.status}, ${published.status} ${await published.text()}`,
      );
    const drafts: { slug: string; revision: number }[] = [];
    for (let i = 0; i < editors; i++) {
      const slug = `bench-draft-${i + 1}`;
      const answer = await api(cookies[i]!, 'PUT', `/api/stories/${slug}/draft`, draftOf(slug, 0));
      drafts.push({ slug, revision: ((await answer.json()) as { revision: number }).revision });
    }
    const index = (await (await fetch(new URL('stories/index.json', url))).json()) as {
      stories: { slug: string; file: string; thumbnail: string }[];
    };
    const entry = index.stories.find((s) => s.slug === PUBLISHED)!;
    const paths = ['stories/index.json', entry.file, entry.thumbnail];

    console.log(`    ${readers} readers and ${editors} editors for ${seconds} s`);
    const errorKinds: Record<string, number> = {};
    const failed = (kind: string) => (errorKinds[kind] = (errorKinds[kind] ?? 0) + 1);
    const readerMs: number[] = [];
    const saveMs: number[] = [];
    const deadline = performance.now() + seconds * 1000;
    const reader = async (n: number) => {
      for (let i = n; performance.now() < deadline; i++) {
        const start = performance.now();
        try {
          const answer = await fetch(new URL(paths[i % paths.length]!, url), {
            headers: { 'accept-encoding': 'br, gzip' },
          });
          await answer.arrayBuffer();
          if (answer.status !== 200) failed(`reader ${answer.status}`);
          else readerMs.push(performance.now() - start);
        } catch (error) {
          failed(`reader ${(error as Error).message}`);
        }
      }
    };
    const editor = async (n: number) => {
      const draft = drafts[n]!;
      for (let i = 1; performance.now() < deadline; i++) {
        const start = performance.now();
        try {
          const answer = await api(
            cookies[n]!,
            'PUT',
            `/api/stories/${draft.slug}/draft`,
            draftOf(draft.slug, i),
            draft.revision,
          );
          const body = (await answer.json()) as { revision: number };
          if (answer.status !== 200) failed(`save ${answer.status}`);
          else {
            draft.revision = body.revision;
            saveMs.push(performance.now() - start);
          }
        } catch (error) {
          failed(`save ${(error as Error).message}`);
        }
      }
    };
    await Promise.all([
      ...Array.from({ length: readers }, (_, n) => reader(n)),
      ...Array.from({ length: editors }, (_, n) => editor(n)),
    ]);

    console.log('    the published story served by the newsroom server: first picture and first idle');
    const appStarts: StartUp[] = [];
    const baselineStarts: StartUp[] = [];
    const record = async (page: string, into: StartUp[]) => {
      const s = await startUp(browser, page);
      into.push(s);
      return s.firstIdleMs;
    };
    const idle = await options.repeat(
      'published story (newsroom server) against the bare map',
      () => record(`${url}#story=${PUBLISHED}`, appStarts),
      () => record(options.baselineUrl, baselineStarts),
    );
    return {
      readers,
      editors,
      seconds,
      errors: Object.values(errorKinds).reduce((a, b) => a + b, 0),
      readerP95Ms: percentile(readerMs, 95),
      saveP95Ms: percentile(saveMs, 95),
      readerMedianMs: percentile(readerMs, 50),
      saveMedianMs: percentile(saveMs, 50),
      readerRequests: readerMs.length,
      saves: saveMs.length,
      errorKinds,
      firstIdleMs: { ...idle, ratio: idle.app.median / idle.baseline.median },
      firstPictureMs: {
        app: stat(appStarts.map((s) => s.firstPictureMs)),
        baseline: stat(baselineStarts.map((s) => s.firstPictureMs)),
      },
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
