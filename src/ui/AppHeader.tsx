// The viewer's header: title, the story's source line and sharing (or, in the embed, a link to the
// full viewer), and what went wrong where the reader sees it (a link not found, layers not loaded).
import { useStore } from '../state/useStore';
import { shownLayers, shownStory } from '../state/shown';
import { ShareControls } from './ShareControls';
import { siblingUrl } from './share';
import { SessionBadge } from './SessionBadge';

export function AppHeader({ embed }: { embed: boolean }) {
  const story = useStore((s) => s.bundle.story);
  const storyLayers = useStore((s) => shownStory(s).layers);
  const layers = useStore(shownLayers);
  const notice = useStore((s) => s.viewer.notice);
  const problems = layers ? storyLayers.filter((l) => layers[l.id]?.status === 'error').map((l) => l.id) : [];
  return (
    <header className="app-header">
      {embed ? (
        <p className="embed-title">
          <span>{story.meta.subtitle}</span>{' '}
          <a
            href={siblingUrl(window.location.href, '')}
            target="_blank"
            rel="noopener"
            data-testid="full-viewer-link"
            // The view as it is when clicked (the hash follows the map).
            onClick={(event) => (event.currentTarget.href = siblingUrl(window.location.href, ''))}
          >
            Full viewer and article ↗
          </a>
        </p>
      ) : (
        <>
          <h1 className="app-title">Situation Viewer</h1>
          <p className="app-subtitle" data-testid="source-line">
            {story.meta.subtitle}
          </p>
          <ShareControls title={story.meta.title}>
            <SessionBadge />
          </ShareControls>
        </>
      )}
      {notice && (
        <p className="banner-error" role="status" data-testid="notice">
          {notice}
        </p>
      )}
      {problems.length > 0 && (
        <p className="banner-error" role="alert" data-testid="load-problems">
          {problems.length} layer{problems.length > 1 ? 's' : ''} could not be loaded:{' '}
          {[...new Set(problems.map((id) => (layers![id] as { message: string }).message))].join('; ')}. The
          rest of the map and the article still work.
        </p>
      )}
    </header>
  );
}
