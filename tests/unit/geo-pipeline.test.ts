// The pipeline itself: deterministic output, and a clear message for missing or malformed sources.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR } from './helpers/shippedLayers';
import { SOURCE_DIR, readSourceGeoJson } from '../../geo/lib/sourceFiles';
import { readCitedPoints } from '../../geo/lib/points';
import { parseCsv } from '../../geo/lib/csv';
import { inferNames, serbianCyrillicToLatin } from '../../geo/lib/names';
import { longestCircularRun } from '../../geo/layers/border';
import { runPipeline } from '../../geo/run';
import { pipelineRegion } from '../../scripts/region/readRegion';
import { LAYER_STEPS, pipelinePlan } from '../../geo/layerSteps';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { CORRECTIONS } from '../../geo/corrections';
import { GAZETTEER_FILE } from '../../scripts/geoparse/gazetteerFile';
import { REBUILDS_PIPELINE_MS } from './helpers/budgets';

describe('npm run geo', () => {
  it(
    'rebuilds exactly the committed layer files (deterministic, and public/data is up to date)',
    () => {
      // In process, once: the committed files come from an earlier, separate run, so equality here
      // shows both that the build is deterministic and that public/data is current.
      const out = mkdtempSync(join(tmpdir(), 'geo-'));
      try {
        const { corrections } = runPipeline({ out, region: pipelineRegion() });
        expect(corrections).toBe(CORRECTIONS.length);
        const files = readdirSync(DATA_DIR).sort();
        expect(readdirSync(out).sort()).toEqual([...files, 'gazetteer.json'].sort());
        for (const file of files) {
          expect(readFileSync(join(out, file), 'utf8'), file).toBe(
            readFileSync(join(DATA_DIR, file), 'utf8'),
          );
        }
        // The geoparser's gazetteer too (public/geoparse/).
        expect(
          readFileSync(join(out, 'gazetteer.json'), 'utf8') === readFileSync(GAZETTEER_FILE, 'utf8'),
        ).toBe(true);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    REBUILDS_PIPELINE_MS,
  ); // the whole pipeline in process: see helpers/budgets.ts

  it('writes the file of every registry layer but the story’s, and no layer file of its own', () => {
    // A look at the step table, not a second rebuild: the rebuild above shows the pipeline writes
    // what public/data holds, this that public/data holds the registry's files, each from one step.
    const { writes, problems } = pipelinePlan();
    expect(problems).toEqual([]);
    const registryFiles = LAYER_REGISTRY.flatMap((l) => (l.file === 'story' ? [] : [l.file])).sort();
    expect(writes.map((w) => w.file).sort()).toEqual(registryFiles);
    expect(
      readdirSync(DATA_DIR)
        .filter((f) => f.endsWith('.geojson'))
        .sort(),
    ).toEqual(registryFiles);
    // And the plan names what is wrong: a step for no layer, a file two layers share.
    const border = LAYER_REGISTRY.find((l) => l.id === 'border')!;
    expect(
      pipelinePlan([...LAYER_REGISTRY, { ...border, id: 'border2' }], {
        ...LAYER_STEPS,
        border2: LAYER_STEPS.border,
        roads: () => [],
      }).problems,
    ).toEqual([
      'pipeline step "roads" is for no registry layer the pipeline writes',
      'border.geojson is the file of two registry layers: border, border2',
    ]);
  });

  it('stops with a message naming a missing source file', () => {
    const sources = mkdtempSync(join(tmpdir(), 'src-'));
    try {
      cpSync(SOURCE_DIR, sources, { recursive: true });
      rmSync(join(sources, 'geoBoundaries-SRB-ADM0_simplified.geojson'));
      expect(() =>
        runPipeline({ sourcesDir: sources, out: join(sources, 'out'), region: pipelineRegion() }),
      ).toThrow('geoBoundaries-SRB-ADM0_simplified.geojson: missing');
    } finally {
      rmSync(sources, { recursive: true, force: true });
    }
  });

  it('rejects a truncated or altered source by its recorded hash', () => {
    const sources = mkdtempSync(join(tmpdir(), 'src-'));
    cpSync(SOURCE_DIR, sources, { recursive: true });
    const file = join(sources, 'geoBoundaries-XKX-ADM2_simplified.geojson');
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000));
    expect(() => readSourceGeoJson('geoBoundaries-XKX-ADM2_simplified.geojson', sources)).toThrow(
      /sha256 .* differs/,
    );
    rmSync(sources, { recursive: true, force: true });
  });

  it('rejects a malformed source that has no recorded hash', () => {
    const sources = mkdtempSync(join(tmpdir(), 'src-'));
    writeFileSync(join(sources, 'extra.geojson'), '{"type":"FeatureCollection","features":[');
    expect(() => readSourceGeoJson('extra.geojson', sources)).toThrow(/extra.geojson: not valid JSON/);
    rmSync(sources, { recursive: true, force: true });
  });
});

describe('pipeline helpers', () => {
  it('reads RFC 4180 CSV with quoted commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
    expect(() => parseCsv('a,b\n1\n')).toThrow(/row 2 has 1 fields/);
  });

  it('reads every cited point of points.csv with split Serbian Latin/Cyrillic names', () => {
    const points = readCitedPoints();
    expect(points.size).toBe(15);
    expect(points.get('zvecan_town')).toMatchObject({
      nameSq: 'Zveçan',
      nameSr: 'Zvečan',
      nameSrCyrl: 'Звечан',
      lat: 42.9075,
    });
  });

  it('transliterates Serbian Cyrillic and tells Albanian from Serbian forms', () => {
    expect(serbianCyrillicToLatin('Љубовић Њива Џеп Ђурђевик')).toBe('Ljubović Njiva Džep Đurđevik');
    expect(inferNames('Banjska', ['Bajske', 'Bajskë', 'Banjska', 'Бањска'])).toEqual({
      sq: 'Bajskë',
      'sr-Latn': 'Banjska',
      'sr-Cyrl': 'Бањска',
    });
    expect(inferNames('Zubin Potok', ['Zubinpotok', 'Зубин Поток'])).toEqual({
      sq: 'Zubin Potok',
      'sr-Latn': 'Zubin Potok',
      'sr-Cyrl': 'Зубин Поток',
    });
  });

  it('finds the longest run of border vertices around the ring, across the wrap', () => {
    expect(longestCircularRun([true, false, true, true, false, true, true, true])).toEqual([5, 0]);
    expect(longestCircularRun([false, true, true, true, false])).toEqual([1, 3]);
    expect(longestCircularRun([false, false])).toBeNull();
  });
});
