// Links from data files are shown only when they are plain http(s) URLs: a `javascript:` or `data:`
// URL in a layer file must never become a clickable link.
export function safeHttpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
