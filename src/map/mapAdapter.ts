// The one imperative owner of the MapLibre map. React keeps ids (visible layers, selection, hover);
// this class turns changes of those ids into layout properties, feature-state and camera moves.
import * as turf from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Feature } from 'geojson';
import type { LayerId } from '../data/layers';
import type { SituationFeature } from '../data/schema';
import { STYLE_LAYER_OWNER } from './mapStyle';

export interface FeatureRef {
  layerId: LayerId;
  featureId: string;
}

export class MapAdapter {
  private selection: FeatureRef | null = null;
  private hover: FeatureRef[] = [];

  constructor(private readonly map: MapLibreMap) {}

  setVisible(layerId: LayerId, visible: boolean): void {
    for (const [styleLayer, owner] of Object.entries(STYLE_LAYER_OWNER)) {
      if (owner === layerId && this.map.getLayer(styleLayer)) {
        this.map.setLayoutProperty(styleLayer, 'visibility', visible ? 'visible' : 'none');
      }
    }
  }

  setSelection(ref: FeatureRef | null): void {
    if (this.selection) this.setState(this.selection, { selected: false });
    this.selection = ref;
    if (ref) this.setState(ref, { selected: true });
  }

  setHover(refs: FeatureRef[]): void {
    for (const ref of this.hover) this.setState(ref, { hover: false });
    this.hover = refs;
    for (const ref of refs) this.setState(ref, { hover: true });
  }

  /** Brings a feature into view: its whole extent, or a close-up for a point. Jumps when motion is reduced. */
  /**
   * The feature is framed in the lower part of the map, so that its popup (drawn above it) has room;
   * on wide maps the right side is left to the floating layers panel.
   */
  fitTo(feature: SituationFeature, reduceMotion: boolean): void {
    const duration = reduceMotion ? 0 : 900;
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const right = width > 640 ? 290 : 20;
    const padding = { top: Math.round(height * 0.45), bottom: 30, left: 30, right };
    if (feature.geometry.type === 'Point') {
      const [lon, lat] = feature.geometry.coordinates;
      // `offset`, not `padding`: easeTo would keep the padding for every later camera move.
      const offset: [number, number] = [
        (padding.left - padding.right) / 2,
        (padding.top - padding.bottom) / 2,
      ];
      this.map.easeTo({ center: [lon, lat], zoom: Math.max(this.map.getZoom(), 12.5), offset, duration });
      return;
    }
    const [w, s, e, n] = turf.bbox(feature as unknown as Feature);
    this.map.fitBounds([w, s, e, n], { padding, maxZoom: 13, duration });
  }

  jumpTo(view: { zoom: number; lat: number; lon: number }): void {
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  private setState(ref: FeatureRef, state: Record<string, boolean>): void {
    if (this.map.getSource(ref.layerId))
      this.map.setFeatureState({ source: ref.layerId, id: ref.featureId }, state);
  }
}
