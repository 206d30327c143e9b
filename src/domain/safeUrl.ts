// Links from data files are shown only when they are plain http(s) URLs: a `javascript:` or `data:`
// URL in a layer file must never become a clickable link.
import { isHttpUrl } from './citation';

export function safeHttpUrl(value: string): string | null {
  return isHttpUrl(value) ? new URL(value).href : null;
}
