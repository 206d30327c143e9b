// What `npm run backup`, `npm run restore` and `npm run export` say, in one place.
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export const BACKUP = {
  usage: [
    'Usage: npm run backup -- <file>',
    'Copies the newsroom’s database (DATA_DIR/newsroom.sqlite) to <file>, consistently, while the server runs.',
  ].join('\n'),
  noDatabase: (path: string) => `There is no database at ${path}: nothing to back up (is DATA_DIR right?).`,
  exists: (path: string) => `${path} exists: choose another name (a backup never writes over a file).`,
  damaged: (path: string, report: string) =>
    `The copy of the database failed its check (PRAGMA integrity_check: ${report}); nothing was written at ${path}.`,
  done: (from: string, to: string, bytes: number) =>
    `Backed up ${from} to ${to} (${plural(bytes, 'byte', 'bytes')}; integrity_check ok). It holds password and session hashes: keep it private. Restore it with: npm run restore -- ${to}`,
} as const;

export const RESTORE = {
  usage: [
    'Usage: npm run restore -- <file>',
    'Replaces the newsroom’s database with a backup (npm run backup), keeping the one it replaces beside it.',
    'The server must be stopped first.',
  ].join('\n'),
  serverRunning: (pid: number | string, since: string) =>
    `The newsroom server is running on this data folder (pid ${pid}, started ${since}): stop it, then restore. Nothing was changed.`,
  otherRestore: (pid: number | string) =>
    `Another restore (pid ${pid}) is under way on this data folder. Nothing was changed.`,
  missing: (path: string) => `${path} not found. Nothing was changed.`,
  notNewsroom: (path: string, why: string) =>
    `${path} is not a newsroom’s database (${why}). Nothing was changed.`,
  walLeft: (path: string) =>
    `The current database’s journal (${path}-wal) could not be folded into it. Nothing was changed; start and stop the server once, then restore.`,
  done: (from: string, to: string, aside: string | null) =>
    [
      `Restored ${from} into ${to}.`,
      aside ? `The database it replaced is kept beside it: ${aside}` : 'There was no database before it.',
      'Sessions are not restored: everyone must sign in again.',
      'Start the server (npm start): the stories readers get follow the restored database.',
    ].join('\n'),
} as const;

export const EXPORT = {
  usage: [
    'Usage: npm run export -- <dir>',
    'Writes the built viewer and every story the newsroom publishes to <dir>, a static site any static',
    'host or CDN serves (the headers: deploy/headers.ts, written as <dir>/_headers). Run it again into',
    'the same folder after a publish: only new files are added, and stories/index.json is replaced last.',
  ].join('\n'),
  inside: (out: string, what: string) =>
    `${out} is inside ${what} (or holds it): export to a folder of its own.`,
  notEmpty: (out: string) =>
    `${out} is not empty and is not an export (no index.html and stories/index.json): export to an empty or new folder.`,
  noBuild: (dist: string) => `There is no built viewer in ${dist}: run npm run build first.`,
  noDatabase: (path: string) =>
    `There is no database at ${path}: start the newsroom server once (npm start), or check DATA_DIR.`,
  done: (out: string, stories: number) =>
    `Exported the viewer and ${plural(stories, 'published story', 'published stories')} to ${out}. Serve it from any static host or CDN: story files never change (cache them for good), stories/index.json changes at each publish (revalidate it).`,
} as const;
