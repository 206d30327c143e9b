// The locator's countries (locator.json) load like the layer files: bytes the build validated (their
// SHA-256, scripts/build/layerDigests.ts) are used as they are, with no schema and so no zod fetched
// after the first idle; any other bytes are validated, and a bad file is named with the reason.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadLocator } from '../../src/loading/loadLocator';
import { layerDigests } from '../../scripts/build/layerDigests';
import { DATA_DIR } from './helpers/shippedLayers';

const SHIPPED = readFileSync(resolve(DATA_DIR, 'locator.json'), 'utf8');
const serve = (body: string, status = 200): typeof fetch =>
  (async () => new Response(body, { status })) as unknown as typeof fetch;
const sha256 = async (text: string) =>
  Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');

describe('loading the locator', () => {
  it('has the build validate locator.json and record its digest', async () => {
    const { digests } = layerDigests(DATA_DIR);
    expect(digests['locator.json']).toBe(await sha256(SHIPPED));
  });

  it('loads the shipped file', async () => {
    const loaded = await loadLocator('/', serve(SHIPPED));
    expect(loaded.ok && loaded.file.countries.length).toBeGreaterThan(5);
  });

  it('uses bytes with the digest the build recorded as they are, and validates any other', async () => {
    const file = JSON.parse(SHIPPED);
    file.countries[0].d = 'not a path';
    const invalid = JSON.stringify(file);
    const trusted = await loadLocator('/', serve(invalid), { 'locator.json': await sha256(invalid) });
    expect(trusted.ok).toBe(true);
    const checked = await loadLocator('/', serve(invalid));
    expect(checked).toEqual({
      ok: false,
      message: expect.stringMatching(/^locator\.json does not match its schema: countries\.0\.d/),
    });
  });

  it('says when the file is missing or is not JSON', async () => {
    expect(await loadLocator('/', serve('not found', 404))).toEqual({
      ok: false,
      message: 'locator.json is missing (HTTP 404)',
    });
    const cut = await loadLocator('/', serve(SHIPPED.slice(0, 100)));
    expect(cut.ok).toBe(false);
  });
});
