// The cited named places of points.csv: the only hand-entered coordinates the pipeline accepts.
import { readSourceText, SourceError } from './sourceFiles';
import { parseCsv } from './csv';

export interface CitedPoint {
  id: string;
  nameEn: string;
  nameSq: string | null;
  /** Serbian Latin and Cyrillic, split from the "Latin / Cyrillic" column. */
  nameSr: string | null;
  nameSrCyrl: string | null;
  lon: number;
  lat: number;
  sourceRepo: string;
  /** The file or page in that source (for a Wikipedia row, the article's path). */
  sourcePath: string;
  note: string;
}

const CYRILLIC = /[\u0400-\u04FF]/;

export function splitSerbianName(value: string): { latin: string | null; cyrillic: string | null } {
  const parts = value
    .split(' / ')
    .map((p) => p.trim())
    .filter(Boolean);
  return {
    latin: parts.find((p) => !CYRILLIC.test(p)) ?? null,
    cyrillic: parts.find((p) => CYRILLIC.test(p)) ?? null,
  };
}

export function readCitedPoints(dir?: string): Map<string, CitedPoint> {
  const rows = parseCsv(readSourceText('points.csv', dir));
  const points = new Map<string, CitedPoint>();
  for (const row of rows) {
    const lat = Number(row.lat);
    const lon = Number(row.lon);
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      throw new SourceError('points.csv', `row ${row.id}: bad coordinates lat=${row.lat} lon=${row.lon}`);
    }
    const sr = splitSerbianName(row.name_sr ?? '');
    points.set(row.id, {
      id: row.id,
      nameEn: row.name_en,
      nameSq: row.name_sq || null,
      nameSr: sr.latin,
      nameSrCyrl: sr.cyrillic,
      lon,
      lat,
      sourceRepo: row.source_repo,
      sourcePath: row.source_path,
      note: row.note,
    });
  }
  return points;
}

export function citedPoint(points: Map<string, CitedPoint>, id: string): CitedPoint {
  const point = points.get(id);
  if (!point) throw new SourceError('points.csv', `no row with id ${id}`);
  return point;
}
