// `npm run --silent geoparse -- <file.txt> [--json] [--organisations] [--adjectives]`: the place
// mentions of a text file, as one JSON object ({"mentions": [...]}, the stories CLI's contract) or a
// table for reading.
import { readFileSync } from 'node:fs';
import { geoparse, LOW_CONFIDENCE, type Mention } from '../../src/geoparse/geoparse';
import { placeIndex } from './gazetteerFile';
import { PIPELINE_REGION, readRegion } from '../region/readRegion';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const unknown = args.filter(
  (a) => a.startsWith('--') && !['--json', '--organisations', '--adjectives'].includes(a),
);
if (!file || unknown.length) {
  console.error(
    `${unknown.length ? `unknown option ${unknown.join(', ')}\n` : ''}usage: npm run --silent geoparse -- <file.txt> [--json] [--organisations] [--adjectives]`,
  );
  process.exit(2);
}

/**
 * A mention as the command line's JSON has always written it (README, "The geoparser"): what the
 * library adds for the editor's desk (candidates, doubts) and the parse's work stay out.
 */
function contractMention(m: Mention) {
  const { name, lat, lon, kind, featureId, geonamesId, country } = m.place;
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    place: { name, lat, lon, kind, featureId, geonamesId, country },
    confidence: m.confidence,
    ...(m.role ? { role: m.role } : {}),
    ...(m.lowConfidence ? { lowConfidence: m.lowConfidence } : {}),
  };
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(
    `geoparse: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
  );
  process.exit(2);
}

const result = geoparse(text, placeIndex(), {
  region: readRegion(PIPELINE_REGION).geoparser,
  organisations: args.includes('--organisations'),
  adjectives: args.includes('--adjectives'),
});

if (args.includes('--json')) {
  process.stdout.write(`${JSON.stringify({ mentions: result.mentions.map(contractMention) })}\n`);
} else {
  const rows = result.mentions.map((m) => [
    `${m.start}–${m.end}`,
    m.text,
    m.place.name,
    m.place.kind,
    `${m.place.lat.toFixed(4)}, ${m.place.lon.toFixed(4)}`,
    m.place.featureId ?? (m.place.geonamesId ? `GeoNames ${m.place.geonamesId}` : ''),
    `${m.confidence.toFixed(2)}${m.confidence < LOW_CONFIDENCE ? ' (low: confirm)' : ''}${m.role ? ` [${m.role}]` : ''}`,
  ]);
  const header = ['offsets', 'text', 'place', 'kind', 'lat, lon', 'feature', 'confidence'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
  console.log(`\n${rows.length} place mentions in ${file}`);
}
