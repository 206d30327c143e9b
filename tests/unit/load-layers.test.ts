// Each layer file is validated at load; a bad one is reported by name, and the others still load.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAllLayers, loadLayer } from '../../src/loading/loadLayers';
import { indexFeatures } from '../../src/domain/featureIndex';
import { DATA_DIR } from './helpers/shippedLayers';
import { STORY_LAYERS } from './helpers/story';
import { layerDigests } from '../../scripts/build/layerDigests';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';

const served = (overrides: Record<string, () => Response>): typeof fetch =>
  (async (input: RequestInfo | URL) => {
    const file = String(input).split('/').pop()!;
    if (overrides[file]) return overrides[file]();
    return new Response(readFileSync(resolve(DATA_DIR, file), 'utf8'), { status: 200 });
  }) as typeof fetch;

describe('loading layers', () => {
  it('loads every shipped layer', async () => {
    const layers = await loadAllLayers(STORY_LAYERS, null, '/', served({}));
    for (const load of Object.values(layers)) expect(load.status).toBe('ok');
    expect(indexFeatures(layers).get('banjska-monastery')?.layerId).toBe('monastery');
  });

  it('names a missing file', async () => {
    const load = await loadLayer(
      'border.geojson',
      '/',
      served({ 'border.geojson': () => new Response('not found', { status: 404 }) }),
    );
    expect(load).toEqual({ status: 'error', message: 'border.geojson is missing (HTTP 404)' });
  });

  it('names a truncated file', async () => {
    const text = readFileSync(resolve(DATA_DIR, 'monastery.geojson'), 'utf8');
    const load = await loadLayer(
      'monastery.geojson',
      '/',
      served({ 'monastery.geojson': () => new Response(text.slice(0, text.length / 2)) }),
    );
    expect(load).toEqual({
      status: 'error',
      message: 'monastery.geojson is not valid JSON (truncated or corrupt)',
    });
  });

  it('names a file that fails the schema, and where', async () => {
    const fc = JSON.parse(readFileSync(resolve(DATA_DIR, 'municipalities.geojson'), 'utf8'));
    fc.features[1].properties.precision = 'guessed';
    const load = await loadLayer(
      'municipalities.geojson',
      '/',
      served({ 'municipalities.geojson': () => new Response(JSON.stringify(fc)) }),
    );
    expect(load.status).toBe('error');
    expect(load.status === 'error' && load.message).toMatch(
      /^municipalities.geojson does not match the layer schema: features.1.properties.precision/,
    );
  });

  it('keeps the other layers when one fails, and says when a fetch fails outright', async () => {
    const layers = await loadAllLayers(
      STORY_LAYERS,
      null,
      '/',
      served({
        'border.geojson': () => {
          throw new TypeError('Failed to fetch');
        },
      }),
    );
    expect(layers.border).toEqual({
      status: 'error',
      message: 'border.geojson could not be fetched (Failed to fetch)',
    });
    expect(layers.municipalities.status).toBe('ok');
  });

  it('has the build validate every shipped file, so the browser needs no schema for them', () => {
    // A file whose schema output differs from it (a default filled in, a key dropped) gets no digest,
    // and the browser would validate it again at every start: the pipeline writes files as the schema reads them.
    const { digests } = layerDigests(DATA_DIR);
    const shipped = LAYER_REGISTRY.filter((l) => l.file !== 'story').map((l) => l.file);
    expect(Object.keys(digests).sort()).toEqual([...shipped, 'locator.json'].sort());
  });

  it('uses a file with the digest the build recorded as it is, and validates any other', async () => {
    const fc = JSON.parse(readFileSync(resolve(DATA_DIR, 'municipalities.geojson'), 'utf8'));
    fc.features[1].properties.precision = 'guessed';
    const invalid = JSON.stringify(fc);
    const digest = Buffer.from(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(invalid)),
    ).toString('hex');
    const serveInvalid = served({ 'municipalities.geojson': () => new Response(invalid) });
    // The digest of these very bytes: the schema is not run (the build would have run it).
    const trusted = await loadLayer('municipalities.geojson', '/', serveInvalid, {
      'municipalities.geojson': digest,
    });
    expect(trusted.status).toBe('ok');
    // The shipped file's digest: these bytes differ, so the schema runs and rejects them.
    const checked = await loadLayer('municipalities.geojson', '/', serveInvalid);
    expect(checked.status).toBe('error');
  });
});
