// The app's verbs for browser tests: open the viewer, wait for the map, toggle a layer, click a feature
// on the map, click a phrase of the article, read the view from the URL. Specs read as a user's steps.
import { expect, type Page, type Request } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SituationFeature } from '../../src/domain/schema';
import type {} from '../../src/map/testHook';
import { scaled } from './timing';

import { ORIGIN } from './origin';
export { ORIGIN };
/** The map idle with every layer drawn (src/map/drawingSignals.ts). */
export const MAP_DRAWN = '[data-testid="map"][data-idle="true"]:not([data-layers-pending])';

/** A shipped layer file, read from disk, to find where a feature is. */
export function shippedFeatures(file: string): SituationFeature[] {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data', file), 'utf8')).features;
}

export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

export class Viewer {
  readonly requests: string[] = [];
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    page.on('request', (r: Request) => this.requests.push(r.url()));
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  async open(hash = ''): Promise<void> {
    await this.page.goto(`/${hash}`);
    await this.waitForMapIdle();
  }

  map() {
    return this.page.getByTestId('map');
  }

  async idleCount(): Promise<number> {
    return Number((await this.map().getAttribute('data-idle-count')) ?? 0);
  }

  /**
   * Waits until the map has drawn everything (the ground context too, which loads after the first
   * idle), after `since` idle events if given.
   */
  async waitForMapIdle(since = 0): Promise<void> {
    await expect(this.page.locator(MAP_DRAWN)).toBeVisible({ timeout: scaled(30_000) });
    await expect.poll(() => this.idleCount(), { timeout: scaled(30_000) }).toBeGreaterThan(since);
    await expect(this.page.locator(MAP_DRAWN)).toBeVisible();
  }

  /** Runs an action and waits until the map is idle again after it. */
  async andSettle(action: () => Promise<void>): Promise<void> {
    const before = await this.idleCount();
    await action();
    await this.waitForMapIdle(before);
  }

  /** Opens the layers panel (closed at first on wide screens; a tab of the bottom sheet on phones). */
  async openLayers(): Promise<void> {
    if (await this.page.getByTestId('toggle-border').isVisible()) return;
    await this.page
      .getByRole('button', { name: /^Layers and features/ })
      .filter({ visible: true })
      .click();
    await expect(this.page.getByTestId('toggle-border')).toBeVisible();
  }

  async setLayer(layerId: string, on: boolean): Promise<void> {
    await this.openLayers();
    const box = this.page.getByTestId(`toggle-${layerId}`);
    await this.andSettle(() => (on ? box.check() : box.uncheck()));
  }

  view(): View {
    const match = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(new URL(this.page.url()).hash);
    if (!match) throw new Error(`no map view in ${this.page.url()}`);
    return { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) };
  }

  async currentView(): Promise<View> {
    await expect.poll(() => /map=/.test(this.page.url())).toBe(true);
    return this.view();
  }

  /** Page position of a longitude/latitude in the current view, asked of the map (test hook). */
  async screenPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
    await expect.poll(() => this.page.evaluate(() => Boolean(window.__situationMap))).toBe(true);
    return this.page.evaluate(([lo, la]) => window.__situationMap!.project(lo, la), [lon, lat]);
  }

  async clickMapAt(lon: number, lat: number, offset = { x: 0, y: 0 }): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.click(x + offset.x, y + offset.y);
  }

  /** The details of the selected feature (a panel beside the map, or the phone's bottom sheet). */
  details() {
    return this.page.getByTestId('details');
  }

  phrase(text: string | RegExp) {
    return this.page.getByTestId('article').getByRole('link', { name: text });
  }

  /** The map's pixels, decoded, to compare what is drawn before and after an action. */
  async mapPixels(): Promise<PNG> {
    return PNG.sync.read(await this.map().screenshot());
  }

  externalRequests(): string[] {
    return this.requests.filter(
      (url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
    );
  }
}

/** Share of pixels that differ between two screenshots of the same size. */
/**
 * Whether an element is wholly inside the viewport and covered by nothing: the element at its corners
 * (8 px in, inside rounded corners) and at its centre is the element itself or inside it.
 */
export async function isUncovered(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return `${sel}: not in the page`;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return `${sel}: not displayed`;
    if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
      return `${sel}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} is not inside the ${innerWidth}×${innerHeight} viewport`;
    const points: [number, number][] = [
      [r.left + 8, r.top + 8],
      [r.right - 8, r.top + 8],
      [r.left + 8, r.bottom - 8],
      [r.right - 8, r.bottom - 8],
      [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
    ];
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(hit === el || el.contains(hit)))
        return `${sel}: covered at ${Math.round(x)},${Math.round(y)} by ${hit?.tagName}.${hit?.className}`;
    }
    return null;
  }, selector);
}

export function changedShare(a: PNG, b: PNG): number {
  let changed = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (
      Math.abs(a.data[i] - b.data[i]) +
        Math.abs(a.data[i + 1] - b.data[i + 1]) +
        Math.abs(a.data[i + 2] - b.data[i + 2]) >
      24
    )
      changed++;
  }
  return changed / (a.width * a.height);
}
