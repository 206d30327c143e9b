// What the viewer needs from the review mode, when it is on (#story=<slug>&review): the desk to show
// above the article, first claim on a map pick (to re-target a link by clicking the map), and the
// article's phrases (selecting one opens its card). The review code itself is a chunk of its own,
// loaded only in review mode (ReviewProvider.tsx).
import { createContext, type ComponentType } from 'react';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { NameOrder } from '../domain/names';

export interface DeskProps {
  index: Map<string, FeatureIndexEntry>;
  nameOrder: NameOrder;
  /** Highlight features on the map (a candidate hovered or focused), [] to clear. */
  hover: (featureIds: string[]) => void;
}

export interface ReviewApi {
  /** One component for the life of the review: it reads the draft from the desk's own context. */
  Panel: ComponentType<DeskProps>;
  /** true when the review mode took the pick (a link is waiting for its place). */
  takePick: (featureId: string) => boolean;
  /** A phrase of the article selected in review (the features it shows): open its card. true when it had one. */
  openPhrase: (passageId: string, phrase: string, featureIds: readonly string[]) => boolean;
}

export const ReviewContext = createContext<ReviewApi | null>(null);
