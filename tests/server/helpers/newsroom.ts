// A real newsroom server for a test: in process, on an ephemeral port of 127.0.0.1, with a temporary
// data folder (a real SQLite database), a clock the test moves, a small built viewer of its own, and
// scrypt at a test cost (the production cost is tested once, in users-cli.test.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startNewsroom, type Newsroom, type NewsroomOptions } from '../../../server/newsroom.ts';
import { hashPassword, type ScryptCost } from '../../../server/accounts/passwords.ts';
import { Users } from '../../../server/accounts/users.ts';
import type { Role } from '../../../server/accounts/roles.ts';

export const TEST_COST: ScryptCost = { ln: 4, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery staple';

/** A clock the test moves; it starts on 7 December 2026, 09:00 UTC. */
export class TestClock {
  now = Date.UTC(2026, 11, 7, 9, 0, 0);
  read = () => this.now;
  advance(ms: number) {
    this.now += ms;
  }
}
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export const tempDir = (name: string) => mkdtempSync(join(tmpdir(), `sv-${name}-`));

/** A built viewer of three files (and a gzip copy, as the build writes them). */
export function fixtureDist(): string {
  const dir = tempDir('dist');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Situation Viewer</title><p>viewer</p>\n');
  writeFileSync(join(dir, 'embed.html'), '<!doctype html><title>Embed</title>\n');
  const js = `console.log(${JSON.stringify('x'.repeat(2000))});\n`;
  writeFileSync(join(dir, 'assets', 'app-0123abcd.js'), js);
  writeFileSync(join(dir, 'assets', 'app-0123abcd.js.gz'), gzipSync(js));
  return dir;
}

export interface TestNewsroom extends Newsroom {
  clock: TestClock;
  dataDir: string;
  distDir: string;
  /** The folder of the stories it serves to readers (DATA_DIR/site). */
  siteDir: string;
  addUser(name: string, role: Role, password?: string): Promise<void>;
  client(origin?: string): Client;
  stop(): Promise<void>;
}

export async function testNewsroom(
  options: Omit<NewsroomOptions, 'clock'> & {
    publicOrigin?: string;
    dataDir?: string;
    /** A built viewer of the test's (kept at stop); by default a small one of its own. */
    distDir?: string;
    clock?: TestClock;
  } = {},
): Promise<TestNewsroom> {
  const clock = options.clock ?? new TestClock();
  const dataDir = options.dataDir ?? tempDir('data');
  const distDir = options.distDir ?? fixtureDist();
  const logged: string[] = [];
  const newsroom = await startNewsroom(
    { host: '127.0.0.1', port: 0, dataDir, distDir, publicOrigin: options.publicOrigin ?? null },
    { passwordCost: TEST_COST, log: (line) => logged.push(line), ...options, clock: clock.read },
  );
  return {
    ...newsroom,
    clock,
    dataDir,
    distDir,
    siteDir: join(dataDir, 'site'),
    async addUser(name, role, password = PASSWORD) {
      new Users(newsroom.db, clock.read).add(name, role, await hashPassword(password, TEST_COST));
    },
    client(origin = newsroom.origin) {
      return new Client(newsroom.url, origin);
    },
    async stop() {
      await newsroom.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (!options.distDir) rmSync(distDir, { recursive: true, force: true });
    },
  };
}

export interface Sent {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
  cookies: string[];
}

/** A browser's side of the API: keeps the cookies it is given, sends the Origin it is told. */
export class Client {
  readonly jar = new Map<string, string>();
  constructor(
    readonly base: string,
    readonly origin: string,
  ) {}

  async send(
    method: string,
    path: string,
    options: { json?: unknown; body?: string; headers?: Record<string, string>; origin?: string | null } = {},
  ): Promise<Sent> {
    const headers: Record<string, string> = { ...options.headers };
    const origin = options.origin === undefined ? this.origin : options.origin;
    if (origin !== null && method !== 'GET') headers.origin = origin;
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    let body = options.body;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    }
    const response = await fetch(new URL(path, this.base), { method, headers, body, redirect: 'manual' });
    const cookies = response.headers.getSetCookie();
    for (const cookie of cookies) {
      const [pair] = cookie.split(';');
      const [name, value] = pair!.split('=') as [string, string];
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(cookie)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, headers: response.headers, body: parsed, text, cookies };
  }

  signIn(name: string, password = PASSWORD) {
    return this.send('POST', '/api/session', { json: { name, password } });
  }
}
