// A place of the story by its name as the desk shows it (the reader's order of names, the region's
// rules), for the card, the comparisons and what the desk says; an id the map lacks says so.
import { useCallback } from 'react';
import { displayName } from '../domain/names';
import { featureIndex } from '../state/shown';
import { useStore } from '../state/useStore';

export function useNameOf(): (featureId: string) => string {
  const index = useStore(featureIndex);
  const nameOrder = useStore((s) => s.viewer.nameOrder);
  const rules = useStore((s) => s.bundle.story.region.names);
  return useCallback(
    (id: string) => {
      const entry = index.get(id);
      return entry ? displayName(entry.feature.properties, nameOrder, rules) : `${id} (not on the map)`;
    },
    [index, nameOrder, rules],
  );
}
