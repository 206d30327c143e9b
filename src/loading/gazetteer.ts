// The geoparser's gazetteer, fetched from this site and validated: by the new-story page's worker,
// and by the desk when the editor adds a place the map lacks. No reader's page loads it.
import { gazetteerSchema, type Gazetteer } from '../geoparse/gazetteer';
import { describeSchemaError } from '../domain/schema';

export async function fetchGazetteer(base: string): Promise<Gazetteer> {
  const response = await fetch(`${base}geoparse/gazetteer.json`);
  if (!response.ok) throw new Error(`the gazetteer could not be loaded (HTTP ${response.status})`);
  const parsed = gazetteerSchema.safeParse(await response.json());
  if (!parsed.success) throw new Error(`the gazetteer is not valid: ${describeSchemaError(parsed.error)}`);
  return parsed.data;
}
