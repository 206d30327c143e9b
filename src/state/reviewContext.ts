// What the viewer needs from the review mode, when it is on (#story=<slug>&review): the panel to show
// above the article, and first claim on a map pick (to re-target a link by clicking the map). The
// review code itself is a chunk of its own, loaded only in review mode (ReviewProvider.tsx).
import { createContext, type ComponentType } from 'react';
import type { FeatureIndexEntry } from '../domain/featureIndex';
import type { NameOrder } from '../domain/names';

export interface ReviewApi {
  Panel: ComponentType<{ index: Map<string, FeatureIndexEntry>; nameOrder: NameOrder }>;
  /** true when the review mode took the pick (a link is waiting for its place). */
  takePick: (featureId: string) => boolean;
}

export const ReviewContext = createContext<ReviewApi | null>(null);
