// If the map fails (no WebGL context, a style error), say so and keep the rest of the page.
import { Component, type ReactNode } from 'react';

export class MapErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (this.state.error) {
      return (
        <div className="no-map" role="alert" data-testid="map-error">
          <p>
            <strong>The map could not be drawn:</strong> {this.state.error.message}. The article and the list
            of features still work.
          </p>
        </div>
      );
    }
    return this.props.children;
  }
}
