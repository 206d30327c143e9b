// What the geoparser's number means, in the editor's words (calibrated on the gold and unseen texts:
// README, "How good the proposals are").
import { LOW_CONFIDENCE } from '../geoparse/geoparse';

export const LOW_CONFIDENCE_LINE =
  'Proposed by the geoparser, with no score recorded: check that this is the place meant.';

export function confidenceLine(confidence: number): string {
  const n = confidence.toFixed(2);
  if (confidence >= 0.8)
    return `Confidence ${n}: on the test texts, proposals at 0.8 or more were right at least 95 times in 100.`;
  if (confidence >= LOW_CONFIDENCE)
    return `Confidence ${n}: a middling score: on the test texts such proposals are usually but not always right.`;
  return `Confidence ${n}: low (under ${LOW_CONFIDENCE}): flagged; check that this is the place meant.`;
}
