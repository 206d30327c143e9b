// The quoted sources of the feature notes that state facts beyond the data (history, geography, who
// calls a line what): geo/note-sources.json, by feature id, validated, each entry used exactly once.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { citationSchema } from '../src/domain/citation';
import type { SituationFeature } from '../src/domain/schema';

export const NOTE_SOURCES_FILE = resolve(import.meta.dirname, 'note-sources.json');

export function readNoteSources(file = NOTE_SOURCES_FILE) {
  const parsed = z
    .record(z.string(), z.array(citationSchema).min(1))
    .safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}

/** The features with their notes' sources; `used` collects the ids that found their feature. */
export function withNoteSources(
  features: SituationFeature[],
  table: ReturnType<typeof readNoteSources>,
  used: Set<string>,
): SituationFeature[] {
  return features.map((f) => {
    const sources = table[f.properties.id];
    if (!sources) return f;
    if (!f.properties.note) throw new Error(`note-sources.json: ${f.properties.id} has no note to source`);
    used.add(f.properties.id);
    return { ...f, properties: { ...f.properties, noteSources: sources } };
  });
}
