// Which data source a row of points.csv comes from (its source_repo column).
import { SOURCES } from '../../src/domain/sources';
import type { DataSource } from '../../src/domain/schema';
import type { CitedPoint } from './points';

const BY_REPO: Record<string, DataSource> = {
  'h4ck3rm1k3/geonames-kosovo-wiki': SOURCES.geoNames,
  'yeaz/kayak_weather': SOURCES.geoNames,
  'Blejzer/challenge1': SOURCES.simplemaps,
};

export function sourceOfPoint(point: CitedPoint): DataSource {
  // A Wikipedia row links to its own article (the language edition and title of the row).
  if (point.sourceRepo.endsWith('wikipedia.org')) {
    const language = point.sourceRepo.split('.')[0];
    const url = new URL(point.sourcePath, `https://${point.sourceRepo}`);
    const title = decodeURIComponent(url.pathname.replace(/^\/wiki\//, '')).replaceAll('_', ' ');
    return {
      ...SOURCES.wikipedia,
      name: `Wikipedia (${language}) article "${title}", coordinates (revision not pinned)`,
      url: url.href,
    };
  }
  const source = BY_REPO[point.sourceRepo];
  if (!source) throw new Error(`points.csv row ${point.id}: unknown source_repo ${point.sourceRepo}`);
  return source;
}
