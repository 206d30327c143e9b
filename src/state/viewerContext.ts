// The open viewer (useViewer.ts) for every component below the App: its state, index and verbs.
import { createContext, useContext } from 'react';
import type { Viewer } from './useViewer';

export const ViewerContext = createContext<Viewer | null>(null);

export function useViewerContext(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error('useViewerContext outside a ViewerContext');
  return viewer;
}
