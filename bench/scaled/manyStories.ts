// The benchmark's "many stories" case: a temporary stories/ with the real bundle and copies of it up
// to `count` bundles, each under a slug of its own and a title that says which copy it is (the rest
// byte for byte the real bundle's). Built like `npm run build` with that folder (bench/vite.scaled.config.ts).
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { storySlugs } from '../../scripts/story/bundle';

/** Writes the bundles into `outDir`; returns their slugs, the real one first. */
export function writeManyStories(storiesDir: string, outDir: string, count: number): string[] {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const [real] = storySlugs(storiesDir);
  const slugs = [real];
  cpSync(join(storiesDir, real), join(outDir, real), { recursive: true });
  for (let i = 2; i <= count; i++) {
    const slug = `${real}-copy-${String(i).padStart(3, '0')}`;
    cpSync(join(storiesDir, real), join(outDir, slug), { recursive: true });
    const file = join(outDir, slug, 'story.json');
    const meta = JSON.parse(readFileSync(file, 'utf8'));
    meta.title = `${meta.title} (copy ${i})`;
    writeFileSync(file, JSON.stringify(meta, null, 2) + '\n');
    slugs.push(slug);
  }
  return slugs;
}
