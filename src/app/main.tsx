import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '../ui/App';
import { StoryRouter } from './StoryRouter';
import '../ui/styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoryRouter viewer={(desk) => <App desk={desk} />} />
  </StrictMode>,
);
