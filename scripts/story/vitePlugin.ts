// Vite plugin: every bundle in stories/ becomes part of the build with no code change.
// `virtual:stories` lists them (title, date, source) and loads each on demand as a chunk of its own,
// `virtual:story/<slug>`. Each bundle is validated here (scripts/story/bundle.ts): a bundle with a
// problem fails the build, or shows Vite's error overlay in development, with the file and the entry.
import type { Plugin } from 'vite';
import { join } from 'node:path';
import { readBundle, STORIES_DIR, storySlugs } from './bundle';
import { summaryOf } from '../../src/story/story';

const INDEX = 'virtual:stories';
const BUNDLE = 'virtual:story/';

export function storiesPlugin(storiesDir = STORIES_DIR): Plugin {
  return {
    name: 'situation-viewer-stories',
    resolveId(id) {
      if (id === INDEX || id.startsWith(BUNDLE)) return `\0${id}`;
      return null;
    },
    // The page's title and description before any script runs: the story's when there is one, the
    // viewer's when there are several (the list); StoryRouter sets them again for the story opened.
    transformIndexHtml(html) {
      const slugs = storySlugs(storiesDir);
      if (slugs.length !== 1) return html;
      const { meta } = readBundle(slugs[0], { storiesDir });
      const escape = (text: string) =>
        text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      return html
        .replace(/<title>[^<]*<\/title>/, `<title>Situation Viewer — ${escape(meta.title)}</title>`)
        .replace(
          /(<meta\s+name="description"\s+content=")[^"]*(")/,
          (_, open: string, close: string) => `${open}${escape(meta.description)}${close}`,
        );
    },
    load(id) {
      if (id === `\0${INDEX}`) {
        this.addWatchFile(storiesDir);
        const slugs = storySlugs(storiesDir);
        const summaries = slugs.map((slug) => {
          this.addWatchFile(join(storiesDir, slug, 'story.json'));
          return summaryOf(slug, readBundle(slug, { storiesDir }).meta);
        });
        const loaders = slugs.map(
          (slug) => `  ${JSON.stringify(slug)}: () => import(${JSON.stringify(BUNDLE + slug)}),`,
        );
        return `export const STORIES = ${JSON.stringify(summaries)};\nexport const STORY_LOADERS = {\n${loaders.join('\n')}\n};\n`;
      }
      if (id.startsWith(`\0${BUNDLE}`)) {
        const slug = id.slice(BUNDLE.length + 1);
        for (const file of [
          'story.json',
          'article.txt',
          'links.json',
          'notes.json',
          'events.json',
          'places.geojson',
        ])
          this.addWatchFile(join(storiesDir, slug, file));
        return `export default ${JSON.stringify(readBundle(slug, { storiesDir }))};\n`;
      }
      return null;
    },
  };
}
