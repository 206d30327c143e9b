// Vite plugin: every bundle in stories/ becomes part of the build with no code change.
// `virtual:stories` names them and loads each on demand as a chunk of its own, `virtual:story/<slug>`;
// `virtual:story-list` (loaded only by the story list) gives each one's title, date, source, first
// sentence and a thumbnail of its map (thumbnail.ts, an SVG file made at build time). Each bundle is validated here (scripts/story/bundle.ts): a bundle with a
// problem fails the build, or shows Vite's error overlay in development, with the file and the entry.
// Each bundle's chunk carries its region (regions/<id>.json, validated): no request of its own.
// With SITUATION_FIXTURES=1 (the browser tests' build) the fixture stories of tests/fixtures/stories
// are built too, openable by their slug and listed nowhere (`/` stays the one story); the default
// build has none of them.
import type { Plugin, ResolvedConfig } from 'vite';
import { createHash } from 'node:crypto';
import type { OutputBundle } from 'rolldown';
import { join } from 'node:path';
import { DATA_DIR, readBundle, shippedCatalogue, STORIES_DIR, storySlugs } from './bundle.ts';
import { FIXTURE_REGIONS_DIR, FIXTURE_STORIES_DIR, REGIONS_DIR } from '../region/readRegion.ts';
import { summaryOf } from '../../src/story/story.ts';
import { storyThumbnail } from './thumbnail.ts';
import { escapeAttribute } from '../../src/text/html.ts';

const INDEX = 'virtual:stories';
const LIST = 'virtual:story-list';
/** Every shipped feature's layer, kind, name and label point: what the desk and the new-story page check and derive links with. */
const SHIPPED = 'virtual:shipped-features';
const BUNDLE = 'virtual:story/';

/**
 * The page's head before any script runs. With one story (`/` opens it): its title and description
 * (StoryRouter sets them again for the story opened), and its chunk fetched with the entry
 * (modulepreload) rather than a round trip after the entry has run. With several, `/` is the list:
 * the viewer's title, nothing preloaded.
 */
function withStoryHead(html: string, bundle: OutputBundle | undefined, storiesDir: string): string {
  const slugs = storySlugs(storiesDir);
  if (slugs.length !== 1) return html;
  const { meta } = readBundle(slugs[0], { storiesDir });
  const chunk = Object.values(bundle ?? {}).find(
    (c) => c.type === 'chunk' && c.facadeModuleId === `\0${BUNDLE}${slugs[0]}`,
  );
  const preload = chunk
    ? `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">\n  </head>`
    : '</head>';
  return html
    .replace(/<title>[^<]*<\/title>/, `<title>Situation Viewer — ${escapeAttribute(meta.title)}</title>`)
    .replace(
      /(<meta\s+name="description"\s+content=")[^"]*(")/,
      (_, open: string, close: string) => `${open}${escapeAttribute(meta.description)}${close}`,
    )
    .replace('</head>', preload);
}

export interface StoriesOptions {
  storiesDir?: string;
  /** Also build the fixture stories (tests/fixtures/stories), unlisted; default: SITUATION_FIXTURES=1. */
  fixtures?: boolean;
}

export function storiesPlugin({
  storiesDir = STORIES_DIR,
  fixtures = process.env.SITUATION_FIXTURES === '1',
}: StoriesOptions = {}): Plugin {
  const regionsDirs = fixtures ? [REGIONS_DIR, FIXTURE_REGIONS_DIR] : [REGIONS_DIR];
  const fixtureSlugs = () =>
    fixtures ? storySlugs(FIXTURE_STORIES_DIR).filter((s) => !storySlugs(storiesDir).includes(s)) : [];
  const dirOf = (slug: string) => (fixtureSlugs().includes(slug) ? FIXTURE_STORIES_DIR : storiesDir);
  let config: ResolvedConfig | null = null;
  return {
    name: 'situation-viewer-stories',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      if (id === INDEX || id === LIST || id === SHIPPED || id.startsWith(BUNDLE)) return `\0${id}`;
      return null;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => withStoryHead(html, ctx.bundle, storiesDir),
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        this.addWatchFile(storiesDir);
        const slugs = storySlugs(storiesDir);
        const loaders = [...slugs, ...fixtureSlugs()].map(
          (slug) => `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(BUNDLE + slug)}),`,
        );
        return `export const LISTED = ${JSON.stringify(slugs)};\nexport const STORY_LOADERS = {\n${loaders.join('\n')}\n};\n`;
      }
      if (id === `\0${SHIPPED}`) {
        this.addWatchFile(DATA_DIR);
        return `export const SHIPPED_FEATURES = ${JSON.stringify(shippedCatalogue())};\n`;
      }
      if (id === `\0${LIST}`) {
        this.addWatchFile(storiesDir);
        const building = config?.command === 'build';
        const summaries = storySlugs(storiesDir).map((slug) => {
          for (const file of ['story.json', 'article.txt', 'places.geojson'])
            this.addWatchFile(join(storiesDir, slug, file));
          const story = readBundle(slug, { storiesDir, regionsDirs });
          const svg = storyThumbnail(story);
          // Built: a file of its own under a name that changes with its content; served in
          // development: inline (emitting files is the build's).
          let thumbnail: string;
          if (building) {
            const hash = createHash('sha256').update(svg).digest('hex').slice(0, 10);
            const fileName = `${config!.build.assetsDir}/map-${slug}-${hash}.svg`;
            this.emitFile({ type: 'asset', fileName, source: svg });
            thumbnail = `${config!.base}${fileName}`;
          } else thumbnail = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
          return summaryOf(story, thumbnail);
        });
        return `export const STORIES = ${JSON.stringify(summaries)};\n`;
      }
      if (id.startsWith(`\0${BUNDLE}`)) {
        const slug = id.slice(BUNDLE.length + 1);
        const dir = dirOf(slug);
        for (const file of [
          'story.json',
          'article.txt',
          'links.json',
          'notes.json',
          'events.json',
          'places.geojson',
        ])
          this.addWatchFile(join(dir, slug, file));
        const story = readBundle(slug, { storiesDir: dir, regionsDirs });
        for (const regions of regionsDirs) this.addWatchFile(join(regions, `${story.meta.region}.json`));
        return `export default ${JSON.stringify(story)};\n`;
      }
      return null;
    },
  };
}
