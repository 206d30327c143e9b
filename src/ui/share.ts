// Links to the viewer: the full viewer's and the embed's, for the current view (the hash the viewer
// keeps up to date), and the <iframe> snippet other sites paste. Pure.

import { escapeAttribute as attribute } from '../text/html';

/** The page next to the current one (`index.html` ↔ `embed.html`), with the same hash. */
export function siblingUrl(current: string, page: '' | 'embed.html'): string {
  const url = new URL(current);
  url.pathname = url.pathname.replace(/[^/]*$/, page);
  return url.toString();
}

export function embedSnippet(current: string, title: string, size = { width: 600, height: 450 }): string {
  return `<iframe src="${attribute(siblingUrl(current, 'embed.html'))}" title="${attribute(`${title} (Situation Viewer)`)}" width="${size.width}" height="${size.height}" style="border:0" loading="lazy"></iframe>`;
}
