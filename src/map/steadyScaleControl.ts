// MapLibre's scale control, writing to the page only when what it shows changes. MapLibre's sets the
// bar's width (a fraction of a pixel apart from one frame to the next as the latitude changes) and
// its text on every `move`: a style recalculation, a layout and a repaint of the control on every
// frame of a drag (bench/README.md). This one lets MapLibre compute the scale into a detached element
// and copies it to the bar when the width, rounded to a whole pixel, or the text differs.
import { ScaleControl, type ScaleControlOptions } from 'maplibre-gl';

export class SteadyScaleControl extends ScaleControl {
  constructor(options?: ScaleControlOptions) {
    super(options);
    const computed = document.createElement('div');
    // MapLibre's own update, which writes to `this._container` (read when it runs).
    const update = this._onMove;
    this._onMove = () => {
      const shown = this._container;
      this._container = computed;
      try {
        update();
      } finally {
        this._container = shown;
      }
      if (!computed.style.width) return;
      const width = `${Math.round(parseFloat(computed.style.width))}px`;
      if (shown.style.width !== width) shown.style.width = width;
      if (shown.textContent !== computed.textContent) shown.textContent = computed.textContent;
    };
  }
}
