// Drafts of real stories for publishing: the files of the shipped bundle (stories/liberation-…), under
// another slug and with a title of the test's choosing, with the desk's draft as the desk starts it
// (startDraft over the story parseBundle reads from those files, in Node as in the browser).
import { createHash } from 'node:crypto';
import { bundleFilesIn, nodeBundleContext, STORIES_DIR } from '../../../scripts/story/bundle';
import { parseBundle, type BundleContext } from '../../../src/story/parseBundle';
import { startDraft } from '../../../src/state/desk/draft';
import type { BundleFiles } from '../../../src/story/bundleFiles';
import { writeSiteStories, siteStories } from '../../../scripts/story/siteStories';
import { fixtureDist, type Client } from './newsroom';

export const SHIPPED_SLUG = 'liberation-2023-09-29';

let context: BundleContext | null = null;
const bundleContext = () => (context ??= nodeBundleContext());

/** The shipped bundle's files with story.json's title set (and the article as it is). */
export function realBundle(options: { title?: string } = {}): BundleFiles {
  const files = bundleFilesIn(`${STORIES_DIR}/${SHIPPED_SLUG}`);
  if (options.title === undefined) return files;
  const meta = JSON.parse(files['story.json']!) as { title: string };
  meta.title = options.title;
  return { ...files, 'story.json': `${JSON.stringify(meta, null, 2)}\n` };
}

/** { bundle, review } as the desk saves it: the review started over the bundle as parseBundle reads it. */
export function realDraft(slug: string, options: { title?: string; bundle?: BundleFiles } = {}) {
  const bundle = options.bundle ?? realBundle(options);
  const review = startDraft(parseBundle(slug, bundle, bundleContext()));
  return { bundle, review: { ...review, changedAt: '2026-12-07T09:00:00.000Z' } };
}

export const sha16 = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, 16);

export interface IndexJson {
  version: number;
  stories: { slug: string; title: string; file: string; thumbnail: string; listed: boolean }[];
  withdrawn: { slug: string; at: string }[];
}

/** Saves a draft (creating it, or over `revision`); returns the new revision. */
export async function saveDraft(client: Client, slug: string, body: unknown, revision?: number) {
  const saved = await client.send('PUT', `/api/stories/${slug}/draft`, {
    json: body,
    headers: revision === undefined ? {} : { 'if-match': `"${revision}"` },
  });
  if (saved.status !== 200 && saved.status !== 201)
    throw new Error(`save of ${slug}: ${saved.status} ${saved.text}`);
  return (saved.body as { revision: number }).revision;
}

export const publish = (client: Client, slug: string, revision?: number) =>
  client.send('POST', `/api/stories/${slug}/publish`, {
    headers: revision === undefined ? {} : { 'if-match': `"${revision}"` },
  });

/** The site as a reader gets it: the index, and the file and thumbnail it names for a slug, with their bytes. */
export async function readerView(base: string, slug: string) {
  const indexAnswer = await fetch(new URL('stories/index.json', base));
  const index = (await indexAnswer.json()) as IndexJson;
  const entry = index.stories.find((s) => s.slug === slug) ?? null;
  if (!entry) return { index, entry, story: null, fileBytes: null, thumbnailStatus: null };
  const file = await fetch(new URL(entry.file, base));
  const fileBytes = Buffer.from(await file.arrayBuffer());
  const thumbnail = await fetch(new URL(entry.thumbnail, base));
  await thumbnail.arrayBuffer();
  return {
    index,
    entry,
    fileStatus: file.status,
    fileBytes,
    story:
      file.status === 200 ? (JSON.parse(fileBytes.toString('utf8')) as { meta: { title: string } }) : null,
    thumbnailStatus: thumbnail.status,
  };
}

/** A small built viewer with the build's stories (the shipped one), as `npm run build` writes them. */
export function fixtureDistWithStories(): string {
  const dir = fixtureDist();
  writeSiteStories(dir, siteStories());
  return dir;
}
