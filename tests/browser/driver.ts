// The app's verbs for browser tests: open the viewer, wait for the map, toggle a layer, click a feature
// on the map, click a phrase of the article, read the view from the URL. Specs read as a user's steps.
import { expect, type Page, type Request } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SituationFeature } from '../../src/data/schema';

export const ORIGIN = 'http://127.0.0.1:4174';

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

  /** Waits until the map has drawn everything, after `since` idle events if given. */
  async waitForMapIdle(since = 0): Promise<void> {
    await expect(this.page.locator('[data-testid="map"][data-idle="true"]')).toBeVisible({ timeout: 30_000 });
    await expect.poll(() => this.idleCount(), { timeout: 30_000 }).toBeGreaterThan(since);
    await expect(this.page.locator('[data-testid="map"][data-idle="true"]')).toBeVisible();
  }

  /** Runs an action and waits until the map is idle again after it. */
  async andSettle(action: () => Promise<void>): Promise<void> {
    const before = await this.idleCount();
    await action();
    await this.waitForMapIdle(before);
  }

  async setLayer(layerId: string, on: boolean): Promise<void> {
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

  /** Screen position of a longitude/latitude in the current view (Web Mercator, 512-px tiles). */
  async screenPoint(lon: number, lat: number): Promise<{ x: number; y: number }> {
    const v = await this.currentView();
    const box = (await this.map().locator('canvas').boundingBox())!;
    const scale = 512 * 2 ** v.zoom;
    const mx = (l: number) => ((l + 180) / 360) * scale;
    const my = (p: number) =>
      ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * scale;
    return {
      x: box.x + box.width / 2 + mx(lon) - mx(v.lon),
      y: box.y + box.height / 2 + my(lat) - my(v.lat),
    };
  }

  async clickMapAt(lon: number, lat: number): Promise<void> {
    const { x, y } = await this.screenPoint(lon, lat);
    await this.page.mouse.click(x, y);
  }

  popup() {
    return this.page.getByTestId('popup');
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
