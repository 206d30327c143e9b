// The source's layers (README, "How the code is layered"): nothing imports from a layer above its
// own. The rules are .dependency-cruiser.mjs, run here over src/ and over a fixture that breaks them.
import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import config, { LAYERS } from '../../.dependency-cruiser.mjs';

async function violations(baseDir: string): Promise<string[]> {
  const result = await cruise(['src'], {
    ...config.options,
    ruleSet: { forbidden: config.forbidden },
    baseDir,
    validate: true,
  });
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
}

describe('import layering', () => {
  it('src/ imports only downwards', async () => {
    expect(await violations(process.cwd())).toEqual([]);
  }, 20_000);

  it('every folder of src/ is a layer', () => {
    const folders = readdirSync('src', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.filter((f) => !LAYERS.flat().includes(f))).toEqual([]);
  });

  it('a back-import and a renderer importing the other renderer are caught', async () => {
    const found = await violations(path.resolve('tests/unit/fixtures/layering'));
    expect(found).toEqual([
      'layer-domain: src/domain/names.ts → src/ui/panel.ts',
      'layer-map: src/map/view.ts → src/static/figure.ts',
    ]);
  }, 20_000);
});
