// The raw OpenStreetMap vector tiles in ../shared/osm-tiles/ (its PROVENANCE.md): three extracts, one
// per country, each holding only its own country's features, tiles `<extract>/<z>/<x>/<y>.pbf`
// (uncompressed Mapbox Vector Tiles, OpenMapTiles schema as tilemaker writes it). Every file is
// checked against the folder's SHA256SUMS before it is used: a missing or altered tile stops the
// pipeline, naming the file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const OSM_TILES_DIR = resolve(
  process.env.OSM_TILES_DIR ?? resolve(import.meta.dirname, '../../../shared/osm-tiles'),
);

/** The extracts in the order their features are merged, and the country each holds. */
export const EXTRACTS = [
  { extract: 'kosovo', country: 'XK' },
  { extract: 'serbia', country: 'RS' },
  { extract: 'montenegro', country: 'ME' },
] as const;
export type Extract = (typeof EXTRACTS)[number]['extract'];
export type Country = (typeof EXTRACTS)[number]['country'];

export interface TilePosition {
  z: number;
  x: number;
  y: number;
}

export const positionKey = ({ z, x, y }: TilePosition) => `${z}/${x}/${y}`;

/** The OSM data's date, said on the map and in every derivation. */
export const OSM_DATE = '6 August 2021';

export class OsmTileError extends Error {
  constructor(file: string, problem: string) {
    super(`OSM tile ${file}: ${problem}`);
    this.name = 'OsmTileError';
  }
}

/** One raw tile: which extract, where, and its checked bytes. */
export interface RawTile {
  extract: Extract;
  country: Country;
  /** Its path in the folder, as SHA256SUMS names it: `kosovo/14/9133/6006.pbf`. */
  file: string;
  bytes: Uint8Array;
}

/**
 * The folder's SHA256SUMS, read once: which raw tiles exist, and their digests. Reading a tile
 * checks it; `verifyAll` checks every file the list names.
 */
export class RawTiles {
  readonly dir: string;
  /** file → sha256, in the list's order. */
  readonly sums: Map<string, string>;
  /** position key → the extracts that have a tile there, in EXTRACTS order. */
  private readonly at = new Map<string, Extract[]>();

  constructor(dir: string = OSM_TILES_DIR) {
    this.dir = dir;
    const list = resolve(dir, 'SHA256SUMS');
    if (!existsSync(list)) throw new OsmTileError('SHA256SUMS', `missing (looked in ${dir})`);
    this.sums = new Map();
    for (const [i, line] of readFileSync(list, 'utf8').split('\n').entries()) {
      if (!line.trim()) continue;
      const match = /^([0-9a-f]{64}) [ *]\.?\/?(\S+)$/.exec(line);
      if (!match) throw new OsmTileError('SHA256SUMS', `line ${i + 1} is not "<sha256>  <file>"`);
      this.sums.set(match[2], match[1]);
    }
    const order = EXTRACTS.map((e) => e.extract as string);
    for (const file of this.sums.keys()) {
      const m = /^([a-z]+)\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(file);
      if (!m || !order.includes(m[1])) continue;
      const key = `${m[2]}/${m[3]}/${m[4]}`;
      const list = this.at.get(key) ?? [];
      list.push(m[1] as Extract);
      this.at.set(key, list);
    }
    for (const list of this.at.values()) list.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  }

  /** The extracts that have a tile at this position (none: no extract has data there). */
  extractsAt(position: TilePosition): Extract[] {
    return this.at.get(positionKey(position)) ?? [];
  }

  /** Every position some extract has a tile at. */
  positions(): TilePosition[] {
    return [...this.at.keys()].map((key) => {
      const [z, x, y] = key.split('/').map(Number);
      return { z, x, y };
    });
  }

  /** One listed file's bytes, checked against its digest. */
  read(file: string): Uint8Array {
    const expected = this.sums.get(file);
    if (!expected) throw new OsmTileError(file, 'not listed in SHA256SUMS');
    const path = resolve(this.dir, file);
    if (!existsSync(path))
      throw new OsmTileError(file, `missing (listed in SHA256SUMS, looked in ${this.dir})`);
    const bytes = readFileSync(path);
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== expected)
      throw new OsmTileError(
        file,
        `sha256 ${actual} differs from ${expected} in SHA256SUMS (corrupt or altered)`,
      );
    return bytes;
  }

  /** The tiles of every extract at this position, checked, in EXTRACTS order. */
  tilesAt(position: TilePosition): RawTile[] {
    return this.extractsAt(position).map((extract) => {
      const file = `${extract}/${positionKey(position)}.pbf`;
      return {
        extract,
        country: EXTRACTS.find((e) => e.extract === extract)!.country,
        file,
        bytes: this.read(file),
      };
    });
  }

  /** Checks every file the list names: the first missing or altered one stops with its name. */
  verifyAll(): number {
    for (const file of this.sums.keys()) this.read(file);
    return this.sums.size;
  }
}
