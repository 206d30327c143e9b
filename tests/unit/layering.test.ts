// The source's layers (README, "How the code is layered"): nothing imports from a layer above its
// own; src/ imports neither geo/ nor scripts/, geo/ not scripts/; no circles. The rules are
// .dependency-cruiser.mjs, run here over src/, geo/ and scripts/ and over a fixture that breaks them.
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import config, { LAYERS } from '../../.dependency-cruiser.mjs';

async function violations(baseDir: string): Promise<string[]> {
  const roots = ['src', 'geo', 'scripts'].filter((d) => existsSync(path.join(baseDir, d)));
  const result = await cruise(roots, {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    baseDir,
    validate: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('import layering', () => {
  it('src/, geo/ and scripts/ import only downwards, with no circle', async () => {
    expect(await violations(process.cwd())).toEqual([]);
  }, 20_000);

  it('every folder of src/ is a layer', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
  });

  it('a back-import, a renderer importing the other renderer, the pipeline importing a script and a circle are caught', async () => {
    const found = await violations(path.resolve('tests/unit/fixtures/layering'));
    expect(found.sort()).toEqual([
      'geo-imports-no-scripts: geo/countries.ts → scripts/region.ts',
      'layer-domain: src/domain/names.ts → src/ui/panel.ts',
      'layer-map: src/map/view.ts → src/static/figure.ts',
      'no-circle: src/text/a.ts → src/text/b.ts',
    ]);
  }, 20_000);
});
