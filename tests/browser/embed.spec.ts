// Share and embed: "Copy link" copies the view; "Embed" gives an <iframe> snippet for embed.html,
// which works at 400 × 300 inside another site's page under the real headers (vite preview sends
// deploy/headers.ts: embed.html may be framed by any site, the full viewer by none).
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { ORIGIN, shippedFeatures, SituationViewer } from './driver';

/** Another site: a page on another origin (port) holding the given HTML. */
async function hostPage(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/`, server };
}

test('“Copy link” copies the current view, “Embed” gives a snippet for embed.html at the same view', async ({
  page,
}) => {
  const { given, then } = new SituationViewer(page);
  await given.clipboard();
  await given.viewer({ feature: 'banjska-monastery' });
  await then.detailsShow('Banjska Monastery');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByTestId('embed-snippet').inputValue();
  const hash = new URL(page.url()).hash;
  expect(snippet).toContain(`src="${ORIGIN}/embed.html${hash.replace(/&/g, '&amp;')}"`);
  expect(snippet).toMatch(/^<iframe .*title=".*\(Situation Viewer\)".*><\/iframe>$/);
});

test('the embed snippet renders a working viewer at 400 × 300 in another site’s page', async ({ page }) => {
  const viewer = new SituationViewer(page);
  await viewer.given.viewer();
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = (await page.getByTestId('embed-snippet').inputValue())
    .replace('width="600"', 'width="400"')
    .replace('height="450"', 'height="300"');
  const host = await hostPage(`<!doctype html><title>A newsroom page</title><p>Our story.</p>${snippet}`);
  // The base map's tiles the embed loads (from the viewer's origin, as the full viewer's).
  const tiles: { url: string; status: number; bytes: number }[] = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/basemap/')) return;
    const bytes = (await r.body().catch(() => Buffer.alloc(0))).length;
    tiles.push({ url: r.url(), status: r.status(), bytes });
  });
  try {
    const errorsBefore = viewer.errors.length;
    await viewer.given.pageAt(host.url);
    const frame = page.frameLocator('iframe');
    const embedded = await viewer.embedded();
    const box = (await page.locator('iframe').boundingBox())!;
    expect([box.width, box.height]).toEqual([400, 300]);
    // Where the full viewer is, and the attributions, inside the 400 × 300.
    const inside = async (locator: ReturnType<typeof frame.locator>) => {
      const b = (await locator.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(box.x - 0.5);
      expect(b.y).toBeGreaterThanOrEqual(box.y - 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(box.y + box.height + 0.5);
    };
    const full = frame.getByTestId('full-viewer-link');
    await expect(full).toBeVisible();
    await inside(full);
    expect(await full.getAttribute('href')).toMatch(new RegExp(`^${ORIGIN}/#story=`));
    await inside(frame.getByTestId('attribution'));
    // The base map is drawn in the embed too: its credits, its tiles (none failed), within the budget
    // of the full viewer's first idle (400 KiB of tiles).
    await expect(frame.getByTestId('base-map-credits')).toContainText('© OpenStreetMap contributors');
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.filter((t) => t.status !== 200)).toEqual([]);
    const kib = tiles.reduce((sum, t) => sum + t.bytes, 0) / 1024;
    console.log(`embed 400×300: ${tiles.length} base-map tiles, ${kib.toFixed(1)} KiB`);
    expect(kib).toBeLessThan(400);
    if (process.env.SCREENSHOTS)
      await page.locator('iframe').screenshot({ path: 'docs/embed-base-map-400x300.png' });
    // A click on a municipality opens its details in the frame, in the frame's view and uncovered.
    expect(page.frames().find((f) => f.url().includes('/embed.html'))).toBeDefined();
    const leposavic = shippedFeatures('municipalities.geojson').find(
      (f) => f.properties.id === 'municipality-leposavic',
    )!;
    await embedded.when.clickMap(...(leposavic.properties.labelPoint as [number, number]));
    await embedded.then.detailsShow(/Leposavić/);
    await inside(embedded.detailsHeading());
    expect(viewer.errors.slice(errorsBefore)).toEqual([]);
  } finally {
    host.server.close();
  }
});

test('the headers: embed.html may be framed by any site, the full viewer by none', async ({
  request,
  page,
}) => {
  const full = await request.get('/');
  expect(full.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(full.headers()['x-frame-options']).toBe('DENY');
  const embed = await request.get('/embed.html');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  // And the browser obeys: the full viewer in a frame is refused.
  const host = await hostPage(
    `<!doctype html><title>x</title><iframe src="${ORIGIN}/" width="400" height="300"></iframe>`,
  );
  try {
    await page.goto(host.url);
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f !== page.mainFrame())
            ?.url() ?? '',
      )
      .toMatch(/^chrome-error:/);
  } finally {
    host.server.close();
  }
});
