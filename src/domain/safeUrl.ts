// Links from data files are shown only when they are plain http(s) URLs: a `javascript:` or `data:`
// URL in a layer file must never become a clickable link. Here, not beside the citation schema that
// uses it (src/domain/citation.ts): the article's links need this check at start, the schema (zod)
// only when a file is validated.

/** Whether a string is an absolute http: or https: address (never `javascript:` or `data:`). */
export function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

export function safeHttpUrl(value: string): string | null {
  return isHttpUrl(value) ? new URL(value).href : null;
}
