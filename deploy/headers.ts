// The HTTP headers of the built site, defined once: `vite preview` sends them (vite.config.ts), the
// build writes them as a `_headers` file for static hosts (Netlify, Cloudflare Pages), and
// deploy/Caddyfile is generated from them (`npm run deploy:caddyfile`; a test keeps the committed
// file in step). Plain data and pure functions: no Vite, no Node APIs.

/**
 * Content-Security-Policy of the app: scripts, styles, workers and data from its own origin only; no
 * eval, no inline script. MapLibre's worker is a same-origin module file (setWorkerUrl), so
 * `worker-src 'self'` is enough; React and MapLibre set styles through the CSSOM, which style-src does
 * not restrict. Also written as a meta tag into the HTML (frame-ancestors cannot be: it is a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Who may frame embed.html: any site by default. A newsroom that wants only its own pages sets
 * EMBED_FRAME_ANCESTORS (a CSP source list, e.g. "https://*.example.org") when it builds or serves.
 */
export const DEFAULT_EMBED_FRAME_ANCESTORS = '*';

export const CACHE = {
  /** Files whose name holds a hash of their content (Vite's assets/, the story files): never change under that name. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML, the data and everything else: kept, but checked with the server before each use. */
  revalidate: 'no-cache',
  /**
   * The base map's tiles (public/basemap/): used for a day without asking. They change only when the
   * pipeline is run on newer OpenStreetMap data, and a first view needs 20–40 of them: revalidating
   * each (a conditional request per tile, per view) would cost more round trips than the layers' few
   * files, for data that is years old by design. After a new tileset is deployed, a reader may see the
   * old tiles beside new ones for at most a day. Their names hold no hash, so not `immutable`.
   */
  tiles: 'public, max-age=86400',
} as const;

/**
 * The base map's tiles are stored gzip-compressed (`.pbf`, decompressed by the viewer's tile protocol,
 * src/map/baseMapTiles.ts) and must reach the browser as those bytes: a type that no server or CDN
 * compresses (they compress text, JSON, XML, JavaScript, and some protobuf and vector-tile types), so
 * none adds a `Content-Encoding` of its own (Caddy's `encode`, `vite preview`'s compression, a CDN's).
 */
export const TILE_CONTENT_TYPE = 'application/octet-stream';

export interface HeaderRule {
  /** A path pattern in the `_headers` syntax: an exact path, or a prefix ending in `*`. */
  path: string;
  headers: Record<string, string>;
}

/** The rules in order; a path takes the headers of every rule it matches, later rules winning. */
export function headerRules(embedFrameAncestors = DEFAULT_EMBED_FRAME_ANCESTORS): HeaderRule[] {
  return [
    {
      path: '/*',
      headers: {
        'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
        'X-Frame-Options': 'DENY',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': CACHE.revalidate,
      },
    },
    { path: '/assets/*', headers: { 'Cache-Control': CACHE.immutable } },
    // A story's file and thumbnail (stories/<slug>/<hash>.json, .svg): named by their content, never
    // rewritten (a new revision is a new file).
    { path: '/stories/*', headers: { 'Cache-Control': CACHE.immutable } },
    // The index of stories names each story's current file: replaced when a story is published, so
    // every load asks the server (an ETag makes that a 304 when nothing changed).
    { path: '/stories/index.json', headers: { 'Cache-Control': CACHE.revalidate } },
    { path: '/basemap/*', headers: { 'Content-Type': TILE_CONTENT_TYPE, 'Cache-Control': CACHE.tiles } },
    {
      // The embeddable viewer: framed by other sites (X-Frame-Options cannot say "any", so none is sent).
      path: '/embed.html',
      headers: {
        'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${embedFrameAncestors}`,
        'X-Frame-Options': '',
      },
    },
  ];
}

const matches = (pattern: string, path: string) =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

/** The headers one path is served with (empty values dropped). */
export function headersFor(path: string, rules = headerRules()): Record<string, string> {
  const merged: Record<string, string> = {};
  for (const rule of rules) if (matches(rule.path, path)) Object.assign(merged, rule.headers);
  return Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== ''));
}

/** The `_headers` file of static hosts (Netlify, Cloudflare Pages): one block per rule. */
export function headersFile(rules = headerRules()): string {
  const blocks = rules.map((rule) => {
    const lines = Object.entries(rule.headers).map(([name, value]) =>
      value === '' ? `  ! ${name}` : `  ${name}: ${value}`,
    );
    return [rule.path, ...lines].join('\n');
  });
  return `# Generated from deploy/headers.ts by the build: do not edit.\n${blocks.join('\n\n')}\n`;
}

/** The name of a path pattern's class in the Caddyfile: `/stories/index.json` → `stories-index`. */
const className = (pattern: string) =>
  pattern
    .replace(/\*$/, '')
    .replace(/\.[a-z]+$/, '')
    .split('/')
    .filter(Boolean)
    .join('-');

/**
 * Disjoint classes of path, one per pattern of the rules (less the more specific patterns inside
 * it) and one for every other path, each with exactly headersFor(path) of its class.
 */
function pathClasses(rules: HeaderRule[]) {
  const patterns = [...new Set(rules.map((r) => r.path))].filter((p) => p !== '/*');
  const inside = (outer: string, inner: string) =>
    inner !== outer && matches(outer, inner.replace(/\*$/, ''));
  const classes = patterns.map((pattern) => {
    const excluded = patterns.filter((p) => inside(pattern, p));
    const sample = pattern.endsWith('*') ? `${pattern.slice(0, -1)}x` : pattern;
    const matcher = excluded.length
      ? `{\n\t\tpath ${pattern}\n\t\tnot path ${excluded.join(' ')}\n\t}`
      : `path ${pattern}`;
    return { name: className(pattern), matcher, headers: headersFor(sample, rules) };
  });
  return [
    ...classes,
    { name: 'rest', matcher: `not path ${patterns.join(' ')}`, headers: headersFor('/', rules) },
  ];
}

/**
 * A Caddyfile serving the built site from `root` on `address`: the same headers (each path gets
 * exactly headersFor(path)), brotli or gzip files the build wrote beside each asset, gzip for the rest.
 */
export function caddyfile(
  root = '/srv/situation-viewer',
  address = 'http://:8080',
  rules = headerRules(),
): string {
  // Disjoint classes of path, each with exactly headersFor(path) of its class. The tiles' type
  // (/basemap/*) is set before file_server would guess one, and `encode` leaves that type alone
  // (their gzip is the file's).
  const lines = pathClasses(rules).flatMap((c) => [
    `\t@${c.name} ${c.matcher}`,
    ...Object.entries(c.headers).map(
      ([name, value]) => `\theader @${c.name} ${name} ${JSON.stringify(value)}`,
    ),
    '',
  ]);
  return `# Generated from deploy/headers.ts (npm run deploy:caddyfile): do not edit.
# Serves the built viewer (dist/) with the headers of every other deployment of it.
{
\tadmin off
\tauto_https off
}

${address} {
\troot * ${root}
\tencode gzip
\tfile_server {
\t\tprecompressed br gzip
\t}

${lines.join('\n').trimEnd()}
}
`;
}
