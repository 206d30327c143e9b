// The embeddable viewer (embed.html, framed by other sites): the same story, view and selection as the
// full viewer's link (same hash parameters), in a compact layout: the map, the details of what the
// reader picks, the attributions, and a link to the full viewer.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { StoryRouter } from './StoryRouter';
import '../ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoryRouter embed viewer={() => <App embed />} />
  </StrictMode>,
);
