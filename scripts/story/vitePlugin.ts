// Vite plugin: every bundle in stories/ becomes part of the site with no code change. The build writes
// each as a file the viewer reads at run time (scripts/story/siteStories.ts: stories/<slug>/<hash>.json,
// its thumbnail, stories/index.json), as the newsroom server's Publish does: one path for every story.
// Each bundle is validated first (scripts/story/bundle.ts): a bundle with a problem fails the build, or
// answers the development server's request for the index with the file and the entry.
// With SITUATION_FIXTURES=1 (the browser tests' build) the fixture stories of tests/fixtures/stories
// are written too, `listed: false` (`/` stays the one story); the default build has none of them.
// `virtual:shipped-features` gives the desk and the new-story page every shipped feature's layer,
// kind, name and label point.
import type { Connect, Plugin, ResolvedConfig } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR, shippedCatalogue, STORIES_DIR } from './bundle.ts';
import { siteStories, storyFileOf, writeSiteStories, type SiteStory } from './siteStories.ts';
import { STORY_INDEX_FILE } from '../../src/story/storyIndex.ts';
import { escapeAttribute } from '../../src/text/html.ts';

/** Every shipped feature's layer, kind, name and label point: what the desk and the new-story page check and derive links with. */
const SHIPPED = 'virtual:shipped-features';

const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin>`;

/**
 * What the page's head fetches with the entry rather than after it has run: the index and, with one
 * listed story (`/` opens it), its file. `base`: where the site's root is.
 */
export function storyPreloads(stories: readonly SiteStory[], base: string): string[] {
  const listed = stories.filter((s) => s.listed);
  const links = [preload(`${base}${STORY_INDEX_FILE}`)];
  if (listed.length === 1) links.push(preload(`${base}${storyFileOf(listed[0].story)}`));
  return links;
}

/**
 * The page's head before any script runs: the story files preloaded; with one listed story, its
 * title and description (StoryRouter sets them again for the story opened). With several, `/` is
 * the list.
 */
function withStoryHead(html: string, stories: readonly SiteStory[], base: string): string {
  const listed = stories.filter((s) => s.listed);
  const head = html.replace('</head>', `${storyPreloads(stories, base).join('\n    ')}\n  </head>`);
  if (listed.length !== 1) return head;
  const { meta } = listed[0].story;
  return head
    .replace(/<title>[^<]*<\/title>/, `<title>Situation Viewer — ${escapeAttribute(meta.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, open: string, close: string) => `${open}${escapeAttribute(meta.description)}${close}`,
    );
}

/** The development server: the story files written afresh to a folder of its own at each request of the index. */
function serveStories(read: () => SiteStory[]): Connect.NextHandleFunction {
  let site: string | null = null;
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (!path.startsWith('stories/')) return next();
    try {
      if (path === STORY_INDEX_FILE || site === null) {
        if (site) rmSync(site, { recursive: true, force: true });
        site = mkdtempSync(join(tmpdir(), 'situation-viewer-stories-'));
        writeSiteStories(site, read());
      }
      const body = readFileSync(join(site, path));
      res.setHeader('Content-Type', path.endsWith('.svg') ? 'image/svg+xml' : 'application/json');
      res.end(body);
    } catch (error) {
      res.statusCode = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 404 : 500;
      res.end((error as Error).message);
    }
  };
}

export interface StoriesOptions {
  storiesDir?: string;
  /** Also write the fixture stories (tests/fixtures/stories), unlisted; default: SITUATION_FIXTURES=1. */
  fixtures?: boolean;
}

export function storiesPlugin({
  storiesDir = STORIES_DIR,
  fixtures = process.env.SITUATION_FIXTURES === '1',
}: StoriesOptions = {}): Plugin {
  let config: ResolvedConfig | null = null;
  // Read once per build (the head and the files are the same stories); afresh for each page in development.
  let built: SiteStory[] | null = null;
  const read = () => siteStories({ storiesDir, fixtures });
  const stories = () => (config?.command === 'build' ? (built ??= read()) : read());
  return {
    name: 'situation-viewer-stories',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      built = null;
    },
    resolveId: (id) => (id === SHIPPED ? `\0${id}` : null),
    load(id) {
      if (id !== `\0${SHIPPED}`) return null;
      this.addWatchFile(DATA_DIR);
      return `export const SHIPPED_FEATURES = ${JSON.stringify(shippedCatalogue())};\n`;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html) => withStoryHead(html, stories(), config?.base ?? '/'),
    },
    writeBundle(options) {
      writeSiteStories(options.dir ?? config!.build.outDir, stories());
    },
    configureServer(server) {
      server.middlewares.use(serveStories(read));
    },
  };
}
