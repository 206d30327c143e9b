// Every shipped feature is found under every name it carries (issue 27): its English, Albanian,
// Serbian Latin and Cyrillic forms and the others the gazetteer gathered, and the case forms the
// geoparser derives from them (Gazivodë → Gazivodës, Zvečan → Zvečanu, Звечан → Звечану, Novi Pazar →
// Novom Pazaru), each in an
// ordinary sentence; and where a shipped feature bears the name, a shipped feature is proposed (or a
// town of that name).
import { describe, expect, it } from 'vitest';
import { geoparse, type Mention } from '../../src/geoparse/geoparse';
import { inflections, serbianPhraseForms } from '../../src/geoparse/inflect';
import { serbianLatinToCyrillic } from '../../geo/lib/cyrillic';
import { nameKey } from '../../src/geoparse/text';
import { CYRILLIC } from '../../src/text/letters';
import { placeIndex, readGazetteer } from '../../scripts/geoparse/gazetteerFile';
import { PIPELINE_REGION, readRegion } from '../../scripts/region/readRegion';

/**
 * The gazetteer points that may go before a feature of the same name: a town (Gjilan the town before
 * the municipality of Gjilan, unless the text says municipality; Kamenica the town before the villages
 * of that name in the north). Nothing else: a village, a river or a peak of the gazetteer never does.
 */
const TOWNS = new Set(['town', 'capital']);

const index = placeIndex();
const region = readRegion(PIPELINE_REGION).geoparser;
const features = readGazetteer().places.filter((p) => p.source === 'feature');

/** The forms of a name a text may use: the name, and its case forms the index holds for this place. */
function formsOf(name: string, id: string): string[] {
  // Derived in Latin letters; a Cyrillic name's case forms written in Cyrillic (Звечан → Звечану).
  const derived = [...inflections(name), ...serbianPhraseForms(name)]
    .map((f) => (CYRILLIC.test(name) ? serbianLatinToCyrillic(f) : f))
    .filter((f): f is string => f !== null)
    .filter((f) => index.byKey.get(nameKey(f))?.some((e) => e.place.id === id && e.inflected));
  return [name, ...derived];
}

const parsed = new Map<string, Mention | undefined>();
/** The mention of a form in an ordinary sentence (each form parsed once: features share names). */
function mentionOf(form: string): Mention | undefined {
  if (!parsed.has(form)) {
    const text = `Reporters went to ${form} on Friday.`;
    const start = text.indexOf(form);
    parsed.set(
      form,
      geoparse(text, index, { region }).mentions.find(
        (m) => m.start === start && m.end === start + form.length,
      ),
    );
  }
  return parsed.get(form);
}

describe('every shipped feature', () => {
  it('is found under every name form it carries and their case forms, a shipped feature first', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const feature of features)
      for (const name of feature.names) {
        // A display name with a gloss, not a name a text uses: "Ibar (in Serbia)".
        if (name.includes('(')) continue;
        for (const form of formsOf(name, feature.id)) {
          checked++;
          const mention = mentionOf(form);
          if (!mention) failures.push(`${feature.id}: “${form}” not found`);
          else if (!mention.candidates.some((c) => c.featureId === feature.featureId))
            failures.push(`${feature.id}: “${form}” found, but not as this feature`);
          else if (mention.place.featureId === null && !TOWNS.has(mention.place.kind))
            failures.push(`${feature.id}: “${form}” proposed as a gazetteer point (${mention.place.name})`);
        }
      }
    expect(checked).toBeGreaterThan(2000);
    expect(failures).toEqual([]);
  });
});
