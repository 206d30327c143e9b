// The data files the build has validated, by their bytes: `virtual:layer-digests` maps each file of
// public/data/ that the registry names, and the locator's countries (locator.json), to the SHA-256 of
// its bytes, when the file passes the schema the app applies (src/domain/schema.ts, locatorSchema.ts)
// and the schema's output is the file as it is (no default filled in, no key dropped). The app's loader (src/loading/loadLayers.ts) then needs no schema
// for a file whose bytes have that digest: the schema already ran on those bytes. Any other file (edited
// after the build, truncated, another version) is validated in the browser as before.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry.ts';
import { layerFileSchema } from '../../src/domain/schema.ts';
import { locatorFileSchema } from '../../src/domain/locatorSchema.ts';

/** The files and the schema each is read with in the browser. */
const VALIDATED = [
  ...LAYER_REGISTRY.flatMap(({ file }) => (file === 'story' ? [] : [{ file, schema: layerFileSchema }])),
  { file: 'locator.json', schema: locatorFileSchema },
];

const ID = 'virtual:layer-digests';

/** SHA-256 (hex) of each valid layer file in `dataDir`, by file name. */
export function layerDigests(dataDir: string): { digests: Record<string, string>; read: string[] } {
  const digests: Record<string, string> = {};
  const read: string[] = [];
  for (const { file, schema } of VALIDATED) {
    const path = join(dataDir, file);
    if (!existsSync(path)) continue;
    read.push(path);
    const bytes = readFileSync(path);
    let json: unknown;
    try {
      json = JSON.parse(bytes.toString('utf8'));
    } catch {
      continue;
    }
    const parsed = schema.safeParse(json);
    if (parsed.success && isDeepStrictEqual(parsed.data, json))
      digests[file] = createHash('sha256').update(bytes).digest('hex');
  }
  return { digests, read };
}

export function layerDigestsPlugin(): Plugin {
  let dataDir = 'public/data';
  return {
    name: 'layer-digests',
    configResolved(config) {
      if (config.publicDir) dataDir = join(config.publicDir, 'data');
    },
    resolveId: (id) => (id === ID ? `\0${ID}` : null),
    load(id) {
      if (id !== `\0${ID}`) return null;
      const { digests, read } = layerDigests(dataDir);
      for (const path of read) this.addWatchFile(path);
      return `export default ${JSON.stringify(digests)};\n`;
    },
  };
}
