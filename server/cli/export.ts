// `npm run export -- <dir>`: the built viewer and every story the newsroom publishes, as a static site
// for any static host or CDN: the same files the newsroom server serves (dist/ but its stories/, and
// the stories written by server/site/site.ts from the database, which holds every published file's
// bytes), so it runs while the server runs and needs nothing of its folder. Into an existing export
// it only adds: the viewer's files are replaced one by one (each whole, by a rename; the HTML last,
// after the assets it names), story files are added, and stories/index.json is replaced last, by a
// rename. A version a publish replaced stays (a reader who loaded the older index a moment ago still
// gets its file); a withdrawn story's files are removed once the new index is in place (a page that
// read an older index gets a 404, reads the index again and says the story was withdrawn).
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { databasePath, openDatabase } from '../db/database.ts';
import { systemClock } from '../clock.ts';
import { Publications } from '../stories/publications.ts';
import { readBuildStories, unnamedFiles, writeSite } from '../site/site.ts';
import { STORY_INDEX_FILE } from '../../src/story/storyIndex.ts';
import { onlyArgument, Refusal, runTool, type CliIo } from './io.ts';
import { EXPORT } from './operationsWords.ts';

/** Whether `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
};

function copyWhole(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const temporary = join(dirname(to), `.export-${randomBytes(6).toString('hex')}.tmp`);
  copyFileSync(from, temporary);
  const fd = openSync(temporary, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, to);
}

/** The viewer's files (dist/ but its stories/), the HTML last. */
function viewerFiles(distDir: string): string[] {
  const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(distDir, join(d.parentPath, d.name)))
    .filter((path) => path.split(sep)[0] !== 'stories');
  const html = (path: string) => /\.html(\.br|\.gz)?$/.test(path);
  return [...files.filter((f) => !html(f)), ...files.filter(html)];
}

export function runExport(args: string[], io: CliIo): Promise<number> {
  return runTool(io, (config) => {
    const out = resolve(onlyArgument(args, EXPORT.usage));
    for (const [dir, what] of [
      [config.dataDir, `the data folder (${config.dataDir})`],
      [config.distDir, `the built viewer (${config.distDir})`],
    ] as const)
      if (within(out, dir) || within(dir, out)) throw new Refusal(EXPORT.inside(out, what));
    if (!existsSync(join(config.distDir, 'index.html'))) throw new Refusal(EXPORT.noBuild(config.distDir));
    if (!existsSync(databasePath(config.dataDir)))
      throw new Refusal(EXPORT.noDatabase(databasePath(config.dataDir)));
    const isExport = existsSync(join(out, 'index.html')) && existsSync(join(out, STORY_INDEX_FILE));
    if (existsSync(out) && readdirSync(out).length > 0 && !isExport) throw new Refusal(EXPORT.notEmpty(out));

    mkdirSync(out, { recursive: true });
    for (const path of viewerFiles(config.distDir)) copyWhole(join(config.distDir, path), join(out, path));
    const db = openDatabase({ dataDir: config.dataDir });
    try {
      // One read transaction: the stories as one committed state of the database, even while the
      // server publishes.
      const { index } = db.transaction(() =>
        writeSite(out, readBuildStories(config.distDir), new Publications(db, systemClock)),
      )();
      // A withdrawn story leaves the export whole, once the index no longer names it.
      const withdrawn = new Set(index.withdrawn.map((w) => w.slug));
      for (const path of unnamedFiles(out, index))
        if (withdrawn.has(path.split('/')[1]!)) rmSync(join(out, path), { force: true });
      // (unnamedFiles lists only the story writer's regular files: an operator's other files stay.)
      return EXPORT.done(out, index.stories.filter((s) => s.listed).length);
    } finally {
      db.close();
    }
  });
}
