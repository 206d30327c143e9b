// What the geoparser says about a link it proposes, kept for the editor's desk (review data: readers
// never see it): its confidence (the desk's card says what the number means) and, when it has a
// reason to doubt beyond the number, that reason.
import type { Mention } from '../geoparse/geoparse';
import type { Proposal } from '../story/schema';

export function proposalOf(m: Mention): Proposal {
  return { confidence: Math.round(m.confidence * 100) / 100, doubt: null, candidates: [] };
}
