// A story that fails to render says so, instead of leaving a blank page: which story, what went
// wrong, and where to go from there (the reader's view when the editor's desk failed; the list).
import { Component, type ReactNode } from 'react';

interface Props {
  slug: string;
  reviewing: boolean;
  children: ReactNode;
}

export class StoryErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { slug, reviewing } = this.props;
    return (
      <main className="story-failed" data-testid="story-failed">
        <p className="banner-error" role="alert">
          The story “{slug}” could not be shown{reviewing ? ' at the editor’s desk' : ''} ({error.message}).
        </p>
        <p>
          {reviewing && (
            <>
              <a href={`#story=${slug}`}>Open the reader’s view</a> ·{' '}
            </>
          )}
          <a href="#stories">All stories</a>
        </p>
      </main>
    );
  }
}
