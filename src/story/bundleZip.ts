// A story bundle as one file: `<slug>.zip` holding one folder `<slug>/` with the bundle's files. The
// editor's desk and the browser's "new story" page write it (Download story (.zip)); `npm run story
// -- import <file.zip>` reads it. Zipping is fflate's (MIT); this module only says what goes in and
// refuses what must not come out: a path that leaves the folder, a second folder, a file that is not
// a bundle file.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { BUNDLE_FILES, type BundleFileName, type BundleFiles } from './bundleFiles.ts';
import { ID_PATTERN } from '../domain/ids.ts';

export { BUNDLE_FILES, type BundleFileName, type BundleFiles } from './bundleFiles.ts';

const REQUIRED: BundleFileName[] = ['story.json', 'article.txt', 'links.json', 'notes.json', 'events.json'];
const SLUG = ID_PATTERN;

export class BundleZipError extends Error {}

export function zipBundle(slug: string, files: BundleFiles): Uint8Array {
  if (!SLUG.test(slug))
    throw new BundleZipError(`"${slug}" is not a slug (lower-case letters, digits and hyphens)`);
  const entries: Record<string, Uint8Array> = {};
  for (const name of BUNDLE_FILES) {
    const text = files[name];
    if (text !== undefined) entries[`${slug}/${name}`] = strToU8(text);
  }
  // A fixed date: the same bundle gives the same bytes.
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

/** The slug and files of a bundle zip, or a BundleZipError saying what is wrong with it. */
/**
 * More than this, once unpacked, is not a story's bundle (the longest article the desk takes is
 * 20,000 words, about 130 kB; its links and places a few hundred kB more): refused before unpacking.
 */
export const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

export function unzipBundle(bytes: Uint8Array): { slug: string; files: BundleFiles } {
  let entries: Record<string, Uint8Array>;
  let unpacked = 0;
  try {
    entries = unzipSync(bytes, {
      // Told each file's size before it is inflated: a zip that would unpack to too much is refused.
      filter: (file) => {
        unpacked += file.originalSize;
        if (unpacked > MAX_UNPACKED_BYTES)
          throw new BundleZipError(
            `it would unpack to more than ${MAX_UNPACKED_BYTES / 1024 / 1024} MB: not a story's bundle`,
          );
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BundleZipError) throw error;
    throw new BundleZipError(`not a zip file (${(error as Error).message})`);
  }
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  if (!names.length) throw new BundleZipError('the zip is empty');
  for (const name of names) {
    const parts = name.split(/[\\/]/);
    if (name.startsWith('/') || /^[a-zA-Z]:/.test(name) || parts.some((p) => p === '..' || p === ''))
      throw new BundleZipError(`"${name}": a path that leaves the story's folder`);
    if (parts.length !== 2) throw new BundleZipError(`"${name}": expected <slug>/<file>, one folder deep`);
  }
  const folders = [...new Set(names.map((name) => name.split('/')[0]))];
  if (folders.length !== 1)
    throw new BundleZipError(
      `expected one folder <slug>/, found ${folders.map((f) => `"${f}/"`).join(', ')}`,
    );
  const slug = folders[0];
  if (!SLUG.test(slug))
    throw new BundleZipError(
      `"${slug}/": a story's folder is its slug (lower-case letters, digits and hyphens)`,
    );
  const files: BundleFiles = {};
  for (const name of names) {
    const file = name.slice(slug.length + 1);
    if (!(BUNDLE_FILES as readonly string[]).includes(file))
      throw new BundleZipError(`"${name}": not a bundle file (expected ${BUNDLE_FILES.join(', ')})`);
    files[file as BundleFileName] = strFromU8(entries[name]);
  }
  const missing = REQUIRED.filter((name) => files[name] === undefined);
  if (missing.length) throw new BundleZipError(`missing ${missing.map((m) => `${slug}/${m}`).join(', ')}`);
  return { slug, files };
}
