// Draft bodies as the desk sends them: { bundle: { <file name>: <text> }, review: <the desk's draft> }.
export function review(slug: string, base = `base-of-${slug}`, changes = 0) {
  return {
    slug,
    base,
    items: [],
    places: [],
    nextKey: changes,
    downloadedAt: null,
    changedAt: new Date(Date.UTC(2026, 11, 7, 9, changes)).toISOString(),
  };
}

export function draftBody(slug: string, options: { title?: string; base?: string; changes?: number } = {}) {
  return {
    bundle: {
      'story.json': `${JSON.stringify({ title: options.title ?? `The story ${slug}` }, null, 2)}\n`,
      'article.txt': 'A paragraph of the article.\n',
    },
    review: review(slug, options.base, options.changes),
  };
}
