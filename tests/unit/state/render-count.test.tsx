// @vitest-environment jsdom
// A decision at the desk re-renders what selects what it changed: the card and the passage whose link
// it decided, not the map pane, the timeline, the layers panel or the other passages (each component
// selects its part of the store: src/state/useStore.tsx). Counted with a stand-in for React DevTools'
// hook (helpers/renderCounter.ts), on the desk's fixture story with every layer loaded.
import { renders, startCounting } from '../helpers/renderCounter';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import { deskStore, loadedLayers, tally } from '../helpers/deskStore';
import { StoreProvider } from '../../../src/state/useStore';
import { createCameraPort } from '../../../src/state/cameraPort';
import { DeskPanel } from '../../../src/desk/DeskPanel';
import { ArticlePanel } from '../../../src/ui/ArticlePanel';
import { MapPane } from '../../../src/ui/MapPane';
import { Timeline } from '../../../src/ui/Timeline';
import { LayerPanel } from '../../../src/ui/LayerPanel';
import { DetailsPanel } from '../../../src/ui/DetailsPanel';

// The map's code is not what is measured (and needs WebGL): its chunks never arrive here.
vi.mock('../../../src/ui/mapChunks', async () => {
  const { chunk } = await import('../../../src/hooks/useChunk');
  const never = () => chunk(() => new Promise<never>(() => undefined));
  return { mapLibreChunk: never(), staticMapChunk: never(), locatorChunk: never(), importMapCode() {} };
});

// The build's catalogue of shipped features (a virtual module of the build), from the same files.
vi.mock('../../../src/loading/shippedCatalogue', async () => {
  const { shippedCatalogue } = await import('../../../scripts/story/bundle');
  const catalogue = new Map(Object.entries(shippedCatalogue()));
  return {
    SHIPPED_LAYER_OF: new Map([...catalogue].map(([id, f]) => [id, f.layer])),
    shippedFactsOf: (id: string) => catalogue.get(id),
  };
});

describe('what a decision at the desk re-renders', () => {
  const store = deskStore();
  beforeAll(() => {
    Element.prototype.scrollIntoView = () => undefined;
    store.dispatch({ type: 'layersLoaded', layers: loadedLayers(), complete: true });
    render(
      <StoreProvider store={store}>
        <DeskPanel />
        <ArticlePanel reduceMotion />
        <MapPane camera={createCameraPort()} />
        <DetailsPanel onShowPassage={() => undefined} />
        <Timeline />
        <LayerPanel />
      </StoreProvider>,
    );
  });
  afterAll(cleanup);

  it('the card and the passage it changed, not the map pane, the timeline or the other passages', () => {
    const passagesRendered = () =>
      renders()
        .filter((r) => r.name === 'PassageText')
        .map((r) => (r.props?.passage as { id: string }).id);
    startCounting();
    // Accept "Zubin Potok" in p2, the card's first proposal.
    act(() => store.dispatch({ type: 'desk/accept', all: false }));
    expect(tally(store)).toMatch(/1 accepted/);
    const names = new Set(renders().map((r) => r.name));
    expect(names).toContain('ProposalCard');
    expect(passagesRendered()).toEqual(['p2']);
    for (const other of ['MapPane', 'Timeline', 'LayerPanel', 'DetailsPanel', 'ArticlePanel', 'Passage'])
      expect(names, other).not.toContain(other);
  });

  it('the counter sees what a change of the viewer re-renders: a layer toggled, the map pane and the layers panel', () => {
    startCounting();
    act(() => store.dispatch({ type: 'toggleLayer', id: 'rivers', on: true }));
    const names = new Set(renders().map((r) => r.name));
    expect(names).toContain('MapPane');
    expect(names).toContain('LayerPanel');
    expect(names).not.toContain('PassageText');
    expect(names).not.toContain('ProposalCard');
  });

  it('a decision in another passage re-renders that one only', () => {
    act(() => store.dispatch({ type: 'desk/show', key: 'l9' })); // Belgrade, p4
    startCounting();
    act(() => store.dispatch({ type: 'desk/reject' }));
    const passages = renders()
      .filter((r) => r.name === 'PassageText')
      .map((r) => (r.props?.passage as { id: string }).id);
    expect(passages).toEqual(['p4']);
    expect(renders().map((r) => r.name)).not.toContain('MapPane');
  });
});
