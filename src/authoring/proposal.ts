// What the geoparser says about a link it proposes, kept for the editor's desk (review data: readers
// never see it): its confidence (the desk's card says what the number means), why it doubts (a close
// second, words that read like a person's name…) and the places it weighed, best first.
import { explainDoubts } from '../geoparse/confidence';
import type { Mention } from '../geoparse/geoparse';
import type { Proposal } from '../story/schema';

/** The candidates kept for the card: enough to choose among, not the whole gazetteer. */
const CANDIDATES = 5;
const round = (v: number) => Math.round(v * 1000) / 1000;

export function proposalOf(m: Mention): Proposal {
  return {
    confidence: Math.round(m.confidence * 100) / 100,
    doubt: explainDoubts(m.doubts),
    candidates: m.candidates.slice(0, CANDIDATES).map((c) => ({
      name: c.name,
      lat: round(c.lat),
      lon: round(c.lon),
      kind: c.kind,
      featureId: c.featureId,
      geonamesId: c.geonamesId,
      country: c.country,
      score: round(c.score),
    })),
  };
}
