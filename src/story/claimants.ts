// Who says what: a claimant's name and side, and an event's sources grouped by side and claimant,
// as the details show them (each side's words under its name). Pure.
import { OTHER_SIDE } from '../region/sides';
import type { EventSource } from './schema';
import type { Story } from './story';

/** How the reader sees a claimant (its id when the story does not define it). */
export function claimantName(meta: Story['meta'], id: string): string {
  return meta.claimants[id]?.name ?? id;
}

/** A claimant's side; a claimant the story does not define is of neither side. */
export function sideOf(meta: Story['meta'], claimant: string): string {
  return meta.claimants[claimant]?.side ?? OTHER_SIDE;
}

/** The sides of the dispute an event gives words to, through its claimants and its sources. */
export function sidesOfEvent(story: Pick<Story, 'meta'>, event: Story['events'][number]): string[] {
  const ids = [...event.reportedBy, ...event.sources.map((s) => s.claimant)];
  return [...new Set(ids.map((id) => sideOf(story.meta, id)))].filter((s) => s !== OTHER_SIDE);
}

export interface SideWords {
  /** A side of the region, or `other`. */
  side: string;
  claimants: { id: string; name: string; sources: EventSource[] }[];
}

/**
 * An event's sources by side, each side's claimants and each claimant's sources in the order they
 * first speak in the event (its main account first, as the editor ordered the sources).
 */
export function sourcesBySide(story: Pick<Story, 'meta'>, sources: readonly EventSource[]): SideWords[] {
  const groups: SideWords[] = [];
  for (const source of sources) {
    const side = sideOf(story.meta, source.claimant);
    let group = groups.find((g) => g.side === side);
    if (!group) groups.push((group = { side, claimants: [] }));
    let claimant = group.claimants.find((c) => c.id === source.claimant);
    if (!claimant)
      group.claimants.push(
        (claimant = { id: source.claimant, name: claimantName(story.meta, source.claimant), sources: [] }),
      );
    claimant.sources.push(source);
  }
  return groups;
}
