// The index never names a file that is not there: read over and over, over HTTP and straight from the
// data folder (as a sync to a CDN reads it), while the server (a process of its own) publishes,
// unpublishes and restores in a loop.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, testNewsroom, TestClock } from './helpers/newsroom';
import { startChild, type ChildServer } from './helpers/child';
import {
  fixtureDistWithStories,
  publish,
  realDraft,
  saveDraft,
  sha16,
  type IndexJson,
} from './helpers/stories';
import { STARTS_NODE_PROCESS_MS } from '../unit/helpers/budgets';

let distDir: string;
beforeAll(() => {
  distDir = fixtureDistWithStories();
});
afterAll(() => rmSync(distDir, { recursive: true, force: true }));
const dirs: string[] = [];
let child: ChildServer | null = null;
afterEach(() => {
  child?.child.kill('SIGKILL');
  child = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the site while stories are published', () => {
  it(
    'never names a file that does not exist, read many times while publishing in a loop',
    async () => {
      const dataDir = tempDir('consistency');
      dirs.push(dataDir);
      const clock = new TestClock();
      clock.now = Date.now();
      const seeder = await testNewsroom({ dataDir, distDir, clock });
      await seeder.addUser('Ana', 'editor');
      const signedIn = seeder.client();
      await signedIn.signIn('Ana');
      await seeder.close();
      child = await startChild({ DATA_DIR: dataDir, DIST_DIR: distDir });
      const ana = child.client(signedIn);
      const site = join(dataDir, 'site');

      let publishing = true;
      const problems: string[] = [];
      let reads = 0;
      const titles = new Set<string>();
      const overHttp = async () => {
        while (publishing) {
          const index = (await (await fetch(new URL('stories/index.json', child!.url))).json()) as IndexJson;
          for (const entry of index.stories) {
            const file = await fetch(new URL(entry.file, child!.url));
            const bytes = Buffer.from(await file.arrayBuffer());
            if (file.status !== 200 || entry.file !== `stories/${entry.slug}/${sha16(bytes)}.json`)
              problems.push(`${entry.file}: ${file.status}`);
            else titles.add((JSON.parse(bytes.toString('utf8')) as { meta: { title: string } }).meta.title);
            const thumbnail = await fetch(new URL(entry.thumbnail, child!.url));
            await thumbnail.arrayBuffer();
            if (thumbnail.status !== 200) problems.push(`${entry.thumbnail}: ${thumbnail.status}`);
          }
          reads++;
        }
      };
      const fromDisk = async () => {
        while (publishing) {
          const index = JSON.parse(readFileSync(join(site, 'stories/index.json'), 'utf8')) as IndexJson;
          for (const entry of index.stories)
            for (const path of [entry.file, entry.thumbnail])
              if (!existsSync(join(site, path))) problems.push(`on disk: ${path}`);
          reads++;
          await new Promise((next) => setImmediate(next));
        }
      };
      const readers = [overHttp(), overHttp(), fromDisk()];

      let revision = await saveDraft(ana, 'border-story', realDraft('border-story', { title: 'Take 0' }));
      const rounds = 6;
      for (let round = 1; round <= rounds; round++) {
        expect((await publish(ana, 'border-story', revision)).status).toBe(200);
        if (round === 3) {
          expect((await ana.send('POST', '/api/stories/border-story/unpublish')).status).toBe(200);
          expect((await ana.send('POST', '/api/stories/border-story/revisions/2/restore')).status).toBe(200);
        }
        const saved = await saveDraft(
          ana,
          'border-story',
          realDraft('border-story', { title: `Take ${round}` }),
          revision,
        );
        revision = saved;
      }
      publishing = false;
      await Promise.all(readers);
      expect(problems).toEqual([]);
      expect(reads).toBeGreaterThan(rounds);
      // The readers saw the story change under them.
      expect(titles.size).toBeGreaterThan(1);
    },
    STARTS_NODE_PROCESS_MS,
  ); // starts node and tsx: see tests/unit/helpers/budgets.ts
});
