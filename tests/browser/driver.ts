// The browser tests' driver, in three layers (maputnik's shape): `given` sets the scene (the viewer or a
// story opened at a URL state, the window's size, data replaced or blocked, MapLibre held), `when` does
// what a reader does (go to a view, click a phrase, click the map, toggle a layer, choose an event, …),
// and `then` checks what the reader sees: `then.detailsShow(name)` checks the details heading's text
// AND that its box is inside the viewport and covered by nothing (STYLE.md lesson 11), at whatever
// window size the test runs. `get` reads values for a spec to assert on (the camera, the labels placed,
// the map's picture). Specs use only this: no hash written by hand, no test hook (src/map/testHook.ts)
// called directly, no pixel code. The editor's side (the desk, the new-story page) is deskDriver.ts.
import { expect, type Frame, type Locator, type Page, type Request } from '@playwright/test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SituationFeature } from '../../src/domain/schema';
import type { Camera } from '../../src/camera/camera';
import type {} from '../../src/map/testHook';
import { scaled } from './timing';
import { AuthoringDriver, DeskDriver } from './deskDriver';

import { ORIGIN } from './origin';
export { ORIGIN };
/** The map idle with every layer drawn (src/map/drawingSignals.ts). */
export const MAP_DRAWN = '[data-testid="map"][data-idle="true"]:not([data-layers-pending])';

/** A browser without WebGL, for `test.use(WITHOUT_WEBGL)` (a launch option: it cannot be set per page). */
export const WITHOUT_WEBGL = {
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-3d-apis', '--disable-webgl'],
  },
};

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** A shipped layer file, read from disk, to find where a feature is. */
export function shippedFeatures(file: string): SituationFeature[] {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data', file), 'utf8')).features;
}

/** A camera, as both maps and a link's `map=` hold it (src/camera/camera.ts). */
export type View = Camera;

/** The viewer's URL state, as a link would carry it (a string is taken as the hash itself). */
export interface UrlState {
  map?: string;
  layers?: string[];
  feature?: string;
  event?: string;
  story?: string;
  names?: string;
  review?: boolean;
}

function hashOf(state: string | UrlState): string {
  if (typeof state === 'string') return state;
  const parts = [
    state.story && `story=${state.story}`,
    state.map && `map=${state.map}`,
    state.layers && `layers=${state.layers.join(',')}`,
    state.feature && `feature=${state.feature}`,
    state.event && `event=${state.event}`,
    state.names && `names=${state.names}`,
    state.review && 'review',
  ].filter(Boolean);
  return parts.length ? `#${parts.join('&')}` : '';
}

/** A screenshot of the map, decoded. */
export type MapPicture = PNG;

/**
 * pixelmatch's per-pixel threshold (YIQ colour distance, 0–1): 0.03 is about the earlier rule of a
 * summed RGB difference over 24 of 765 (a grey step of 8 per channel). Anti-aliased pixels count: a
 * thin line toggled off is mostly anti-aliased edge.
 */
export const PIXEL_THRESHOLD = 0.03;

/**
 * Share of pixels that differ between two pictures, by pixelmatch; pictures of different sizes are
 * changed (share 1), with the reason.
 */
export function pixelDifference(a: MapPicture, b: MapPicture): { share: number; sizes: string | null } {
  if (a.width !== b.width || a.height !== b.height)
    return {
      share: 1,
      sizes: `the pictures differ in size: ${a.width}×${a.height} and ${b.width}×${b.height}`,
    };
  const differing = pixelmatch(a.data, b.data, undefined, a.width, a.height, {
    threshold: PIXEL_THRESHOLD,
    includeAA: true,
  });
  return { share: differing / (a.width * a.height), sizes: null };
}

/** Why an element is not wholly in the viewport and uncovered, or null if it is. */
function whyNotSeen(el: Element): string | null {
  const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 60)}”`;
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return `${name}: not displayed`;
  if (r.left < 0 || r.top < 0 || r.right > innerWidth + 0.5 || r.bottom > innerHeight + 0.5)
    return `${name}: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} is not inside the ${innerWidth}×${innerHeight} viewport`;
  // The corners 8 px in (inside rounded corners; half the size on a small box) and the centre.
  const dx = Math.min(8, r.width / 4);
  const dy = Math.min(8, r.height / 4);
  const points: [number, number][] = [
    [r.left + dx, r.top + dy],
    [r.right - dx, r.top + dy],
    [r.left + dx, r.bottom - dy],
    [r.right - dx, r.bottom - dy],
    [(r.left + r.right) / 2, (r.top + r.bottom) / 2],
  ];
  for (const [x, y] of points) {
    const hit = document.elementFromPoint(x, y);
    if (!hit || !(hit === el || el.contains(hit)))
      return `${name}: covered at ${Math.round(x)},${Math.round(y)} by ${hit?.tagName}.${hit?.className}`;
  }
  return null;
}

/** Why the first element matching the locator is not seen whole, or null if it is. */
function notSeen(locator: Locator): Promise<string | null> {
  return locator.first().evaluate(whyNotSeen);
}

/** A response for a base-map tile, as the network gave it. */
export interface TileResponse {
  url: string;
  status: number;
  contentType: string;
  contentEncoding: string | null;
  /** The body starts with gzip's magic bytes (the stored format), not with HTML or anything else. */
  gzip: boolean;
}

/** The viewer in a page (or in a frame of it, `embedded()`), with the app's verbs. */
export class SituationViewer {
  readonly requests: string[] = [];
  readonly errors: string[] = [];
  /** Every response for a base-map tile (`/basemap/`), in the order they came. */
  readonly tileResponses: Promise<TileResponse>[] = [];

  constructor(
    readonly page: Page,
    /** The document the viewer runs in: the page, or an <iframe> of it. */
    private readonly scope: Page | Frame = page,
    /** Where that document's viewport lies on the page (an iframe's box). */
    private readonly offset = { x: 0, y: 0 },
  ) {
    if (scope === page) {
      page.on('request', (r: Request) => this.requests.push(r.url()));
      page.on('pageerror', (e) => this.errors.push(e.message));
      page.on('response', (r) => {
        if (!new URL(r.url()).pathname.includes('/basemap/')) return;
        this.tileResponses.push(
          r
            .body()
            .catch(() => Buffer.alloc(0))
            .then((body) => ({
              url: r.url(),
              status: r.status(),
              contentType: r.headers()['content-type'] ?? '',
              contentEncoding: r.headers()['content-encoding'] ?? null,
              gzip: body[0] === 0x1f && body[1] === 0x8b,
            })),
        );
      });
    }
  }

  // Elements the verbs and specs point at.
  map = () => this.scope.getByTestId('map');
  /** The details of the selected feature (a panel beside the map, or the phone's bottom sheet). */
  details = () => this.scope.getByTestId('details');
  detailsHeading = () => this.details().getByRole('heading', { level: 2 });
  phrase = (text: string | RegExp) => this.scope.getByTestId('article').getByRole('link', { name: text });
  timeline = () => this.scope.getByTestId('timeline');
  event = (id: string) => this.timeline().locator(`[data-event-id="${id}"]`);

  private idleCount = async () => Number((await this.map().getAttribute('data-idle-count')) ?? 0);

  /**
   * Waits until the map has drawn everything (the ground context too, which loads after the first
   * idle), after `since` idle events if given.
   */
  private waitForMapIdle = async (since = 0) => {
    const drawn = this.scope.locator(MAP_DRAWN);
    await expect(drawn).toBeVisible({ timeout: scaled(30_000) });
    await expect.poll(() => this.idleCount(), { timeout: scaled(30_000) }).toBeGreaterThan(since);
    await expect(drawn).toBeVisible();
  };

  /** Runs an action and waits until the map is idle again after it. */
  private andSettle = async (action: () => Promise<unknown>) => {
    const before = await this.idleCount();
    await action();
    await this.waitForMapIdle(before);
  };

  private hook = async () => {
    await expect.poll(() => this.scope.evaluate(() => Boolean(window.__situationMap))).toBe(true);
  };

  private url = (state: string | UrlState, origin?: string) =>
    `${origin ?? ''}/${hashOf(state)}`.replace(/^\/\//, '/');

  readonly given = {
    /** The viewer opened at a URL state (its story, view, layers, selection), once the map is drawn. */
    viewer: async (state: string | UrlState = '', options: { origin?: string } = {}) => {
      await this.page.goto(this.url(state, options.origin));
      await this.waitForMapIdle();
    },
    /** A story opened by its slug (`#story=`), in review mode if asked, once the map is drawn. */
    story: async (slug: string, options: { origin?: string; review?: boolean } = {}) => {
      await this.given.viewer({ story: slug, review: options.review }, options);
    },
    /**
     * The page loaded at a URL state without waiting for the map (a story list, no WebGL, the map's
     * code held or blocked); a full address is taken as it is. Returns the response.
     */
    pageAt: async (
      state: string | UrlState = '',
      options: { origin?: string; waitUntil?: 'commit' | 'load' } = {},
    ) => {
      const url =
        typeof state === 'string' && /^https?:/.test(state) ? state : this.url(state, options.origin);
      return this.page.goto(url, { waitUntil: options.waitUntil });
    },
    /** A window of this size (tests that run at one size set it with `test.use({ viewport })`). */
    viewport: (size: { width: number; height: number }) => this.page.setViewportSize(size),
    /** A data file under /data/ answered with this body (a string, or JSON) or this status. */
    dataFile: async (file: string, reply: { status?: number; body: string | object }) => {
      await this.page.route(`**/data/${file}`, (route) =>
        route.fulfill({
          status: reply.status ?? 200,
          body: typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body),
          contentType: 'application/json',
        }),
      );
    },
    /** A built asset (`maplibre`, `loadLayers`) that cannot be fetched. */
    assetBlocked: async (chunk: string) => {
      await this.page.route(`**/assets/${chunk}-*.js`, (route) => route.abort('connectionfailed'));
    },
    /** The base map's tiles cannot be fetched (the connection fails for every one). */
    baseMapBlocked: async () => {
      await this.page.route('**/basemap/**', (route) => route.abort('connectionfailed'));
    },
    /** MapLibre's chunk held until the returned function is called: the page draws without it. */
    mapLibreHeld: async (): Promise<() => void> => {
      let release!: () => void;
      const held = new Promise<void>((done) => (release = done));
      await this.page.route('**/assets/maplibre-*.js', async (route) => {
        await held;
        await route.continue();
      });
      return release;
    },
    /** Content-Security-Policy violations collected from the next page load on. */
    cspViolationsRecorded: async (): Promise<string[]> => {
      const violations: string[] = [];
      await this.page.exposeFunction('reportViolation', (v: string) => violations.push(v));
      await this.page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
            `${e.violatedDirective} ${e.blockedURI}`,
          ),
        );
      });
      return violations;
    },
    /** The clipboard may be read and written on the viewer's origin. */
    clipboard: () =>
      this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN }),
  };

  readonly when = {
    /** Goes to a view, `zoom/lat/lon`, as a pasted link `#map=…` would (other parameters dropped). */
    goTo: async (view: string | View) => {
      const map = typeof view === 'string' ? view : `${view.zoom}/${view.lat}/${view.lon}`;
      await this.when.followLink(`#map=${map}`);
    },
    /** A link pasted into the open viewer (its hash changes), and the map idle after it. */
    followLink: async (hash: string) => {
      await this.andSettle(() => this.when.pasteLinks([hash]));
    },
    /**
     * Links pasted one after another into the open viewer, without waiting for the map: each is
     * applied on its hashchange event, which fires before the next frame; the next follows two
     * animation frames later (a rendered frame, not a fixed sleep).
     */
    pasteLinks: async (hashes: string[]) => {
      await this.scope.evaluate(async (list) => {
        for (const h of list) {
          window.location.hash = h;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }
      }, hashes);
    },
    /**
     * Clicks a phrase of the article (by its words, the first that matches; or a phrase's link) and
     * waits for the map, unless told not to.
     */
    clickPhrase: async (phrase: string | RegExp | Locator, options: { settle?: boolean } = {}) => {
      const link =
        typeof phrase === 'string' || phrase instanceof RegExp ? this.phrase(phrase).first() : phrase;
      const click = () => link.click();
      await (options.settle === false ? click() : this.andSettle(click));
    },
    hoverPhrase: async (text: string | RegExp) => {
      await this.andSettle(() => this.phrase(text).first().hover());
    },
    /** Moves the pointer off the map (to the window's corner) and waits for the map to redraw. */
    pointAway: async () => {
      await this.andSettle(() => this.page.mouse.move(5, 5));
    },
    /** The pointer off the map and the details closed (no hover or selection highlight drawn). */
    pointAwayAndClose: async () => {
      await this.andSettle(async () => {
        await this.page.mouse.move(1, 1);
        await this.page.keyboard.press('Escape');
      });
    },
    /** Clicks the map at a longitude/latitude (plus an offset in px); waits for the map if asked. */
    clickMap: async (
      lon: number,
      lat: number,
      options: { offset?: { x: number; y: number }; settle?: boolean } = {},
    ) => {
      const click = async () => {
        const { x, y } = await this.get.screenPoint(lon, lat);
        await this.page.mouse.click(
          x + this.offset.x + (options.offset?.x ?? 0),
          y + this.offset.y + (options.offset?.y ?? 0),
        );
      };
      await (options.settle ? this.andSettle(click) : click());
    },
    /** Drags the map by (dx, dy) px from its centre, and waits for it to settle. */
    dragMap: async (dx: number, dy: number) => {
      const box = (await this.map().boundingBox())!;
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      await this.andSettle(async () => {
        await this.page.mouse.move(x, y);
        await this.page.mouse.down();
        await this.page.mouse.move(x + dx, y + dy, { steps: 8 });
        await this.page.mouse.up();
      });
    },
    /** Opens the layers panel (closed at first on wide screens; a tab of the bottom sheet on phones). */
    openLayers: async () => {
      if (await this.scope.getByTestId('toggle-border').isVisible()) return;
      await this.scope
        .getByRole('button', { name: /^Layers and features/ })
        .filter({ visible: true })
        .click();
      await expect(this.scope.getByTestId('toggle-border')).toBeVisible();
    },
    /** On a phone: the sheet's Article tab. */
    showArticle: async () => {
      await this.scope.getByRole('button', { name: 'Article', exact: true }).click();
    },
    /** Turns a layer on or off from the layers panel, and waits for the map to redraw. */
    toggleLayer: async (layerId: string, on: boolean) => {
      await this.when.openLayers();
      const box = this.scope.getByTestId(`toggle-${layerId}`);
      await this.andSettle(() => (on ? box.check() : box.uncheck()));
    },
    /** Opens a layer's list of features in the layers panel. */
    listFeatures: async (layerId: string) => {
      await this.when.openLayers();
      await this.scope.getByTestId(`layer-${layerId}`).getByText(/^List/).click();
    },
    /** Chooses a feature from its layer's list (no map needed: it works without WebGL too). */
    chooseFromList: async (layerId: string, name: string | RegExp) => {
      await this.when.listFeatures(layerId);
      await this.scope.getByTestId(`layer-${layerId}`).getByRole('button', { name }).click();
    },
    /** Chooses an event of the timeline by a click (or a tap, on a touch screen), and waits for the map. */
    chooseEvent: async (id: string, options: { tap?: boolean } = {}) => {
      const button = this.event(id);
      await this.andSettle(() => (options.tap ? button.tap() : button.click()));
    },
    /** The timeline's "Next event" or "Previous event" button; waits for the map unless told not to. */
    stepEvent: async (direction: 'Next' | 'Previous', options: { settle?: boolean } = {}) => {
      const click = () =>
        this.timeline()
          .getByRole('button', { name: `${direction} event` })
          .click();
      await (options.settle === false ? click() : this.andSettle(click));
    },
    chooseNameOrder: async (order: string) => {
      await this.andSettle(async () => {
        await this.scope.getByTestId('name-order').selectOption(order);
      });
    },
    /** A key pressed where the focus is; waits for the map when the key moves it (`settle`). */
    press: async (key: string, options: { settle?: boolean } = {}) => {
      const press = () => this.page.keyboard.press(key);
      await (options.settle ? this.andSettle(press) : press());
    },
    /** Esc: closes the details. */
    closeDetails: async () => {
      await this.page.keyboard.press('Escape');
    },
    /** Reloads the page and waits for the map to be drawn again. */
    reload: async () => {
      await this.page.reload();
      await this.waitForMapIdle();
    },
    /** A reader's scroll: the wheel over the article, until the passage is at the reading line. */
    scrollArticleTo: async (passageId: string) => {
      const article = this.scope.locator('#article-region');
      await article.hover();
      for (let i = 0; i < 40; i++) {
        const top = await this.scope.locator(`[data-passage-id="${passageId}"]`).evaluate((el) => {
          const pane = el.closest('#article-region')!.getBoundingClientRect();
          return el.getBoundingClientRect().top - pane.top - pane.height * 0.3;
        });
        if (Math.abs(top) < 60) return;
        await this.page.mouse.wheel(0, Math.max(-400, Math.min(400, top)));
        await this.scope.waitForFunction(() => true); // let the scroll event run
      }
      throw new Error(`could not scroll to ${passageId}`);
    },
    /** Waits for two rendered frames (a scroll's or a state change's effects have run). */
    nextFrames: async () => {
      await this.scope.evaluate(
        () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
      );
    },
  };

  readonly then = {
    /**
     * The details show this feature or event: the heading has this text (a RegExp matches part of
     * it), and its box is inside the viewport and covered by nothing (elementFromPoint at its corners
     * and centre), at the size the test runs.
     */
    detailsShow: async (name: string | RegExp, options: { timeout?: number } = {}) => {
      await expect(this.detailsHeading()).toHaveText(name, options);
      await this.then.seen(this.detailsHeading(), `the details heading (${name})`, options);
    },
    /** No details open. */
    detailsClosed: async () => {
      await expect(this.details()).toHaveCount(0);
    },
    /** The element is wholly inside the viewport and nothing covers it (polled: panels may still move). */
    seen: async (locator: Locator, what = 'the element', options: { timeout?: number } = {}) => {
      await expect(locator.first(), what).toBeVisible(options);
      await expect.poll(() => notSeen(locator), { message: `${what} is seen whole`, ...options }).toBeNull();
    },
    /** The map is drawn, every layer with it (after the first picture, or at another origin). */
    mapDrawn: async () => {
      await this.waitForMapIdle();
    },
    /** A style layer's visibility (`visible` or `none`), asked of the map. */
    styleLayer: async (styleLayerId: string, visibility: 'visible' | 'none') => {
      await expect
        .poll(() => this.get.visibility(styleLayerId), { message: `${styleLayerId} is ${visibility}` })
        .toBe(visibility);
    },
    /** The map's picture changed by more than this share of its pixels; returns the share. */
    mapChanged: (before: MapPicture, after: MapPicture, { moreThan }: { moreThan: number }) => {
      const { share, sizes } = pixelDifference(before, after);
      expect(sizes, 'the map kept its size, so its pixels can be compared').toBeNull();
      expect(
        share,
        `share of the map's pixels changed (pixelmatch, threshold ${PIXEL_THRESHOLD})`,
      ).toBeGreaterThan(moreThan);
      return share;
    },
    /** The map's picture differs by less than this share of its pixels (a picture of another size differs). */
    mapAlike: (before: MapPicture, after: MapPicture, { lessThan }: { lessThan: number }) => {
      const { share, sizes } = pixelDifference(before, after);
      expect(sizes, 'the map kept its size').toBeNull();
      expect(
        share,
        `share of the map's pixels changed (pixelmatch, threshold ${PIXEL_THRESHOLD})`,
      ).toBeLessThan(lessThan);
      return share;
    },
  };

  readonly get = {
    /** The view in the URL (`#map=zoom/lat/lon`) as it is now. */
    view: (): View => {
      const match = /map=([\d.]+)\/(-?[\d.]+)\/(-?[\d.]+)/.exec(new URL(this.scope.url()).hash);
      if (!match) throw new Error(`no map view in ${this.scope.url()}`);
      return { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) };
    },
    /** The view in the URL once the map has written one. */
    currentView: async (): Promise<View> => {
      await expect.poll(() => /map=/.test(this.scope.url())).toBe(true);
      return this.get.view();
    },
    /** The map's camera: zoom, centre and bounds (test hook). */
    camera: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.camera());
    },
    limits: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.limits());
    },
    /** The labels MapLibre placed on screen. */
    labels: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.renderedLabels());
    },
    styleLayerIds: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.styleLayerIds());
    },
    visibility: async (styleLayerId: string) => {
      await this.hook();
      return this.scope.evaluate((id) => window.__situationMap!.visibility(id), styleLayerId);
    },
    /** How many `move` events the map has fired (a jump is a few, a flight dozens). */
    moveEvents: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.moveEvents());
    },
    /** How many frames the map drew with its camera moving (test hook): a flight some, a jump none. */
    framesInMotion: async () => {
      await this.hook();
      return this.scope.evaluate(() => window.__situationMap!.framesInMotion());
    },
    /** Position of a longitude/latitude in the document's viewport (the page's, or the frame's). */
    screenPoint: async (lon: number, lat: number): Promise<{ x: number; y: number }> => {
      await this.hook();
      return this.scope.evaluate(([lo, la]) => window.__situationMap!.project(lo, la), [lon, lat]);
    },
    /**
     * The features drawn within `radiusPx` of a longitude/latitude: style layer, vector-tile layer (the
     * base map's) or null (the story's), properties.
     */
    featuresAt: async (lon: number, lat: number, radiusPx = 3) => {
      await this.hook();
      return this.scope.evaluate(
        ([lo, la, r]) => window.__situationMap!.renderedFeaturesAt(lo, la, r),
        [lon, lat, radiusPx],
      );
    },
    /** The base-map tiles the network has answered so far. */
    tileResponses: () => Promise.all(this.tileResponses),
    /** What a click at a point of the viewport would consider (pick.ts ranks these). */
    candidatesAt: async (x: number, y: number) => {
      await this.hook();
      return this.scope.evaluate(([px, py]) => window.__situationMap!.candidatesAt(px, py), [x, y]);
    },
    /** Centres of the first picture's point symbols (circles) by feature id, null where none is drawn. */
    firstPicturePoints: (ids: string[]) =>
      this.scope.evaluate(
        (list) =>
          list.map((id) => {
            const circle = document.querySelector(
              `[data-testid="first-picture"] circle[data-feature="${id}"]`,
            );
            if (!circle) return null;
            const r = circle.getBoundingClientRect();
            return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
          }),
        ids,
      ),
    /** The map's picture, to compare what is drawn before and after an action (`then.mapChanged`). */
    mapPicture: async (): Promise<MapPicture> => PNG.sync.read(await this.map().screenshot()),
    externalRequests: (): string[] =>
      this.requests.filter(
        (url) => !url.startsWith(`${ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:'),
      ),
  };

  /** The editor's desk (#story=<slug>&review), with its own given / when / then (deskDriver.ts). */
  get desk(): DeskDriver {
    return new DeskDriver(this.page, (slug, options) => this.given.story(slug, options));
  }
  /** The new-story page (#new). */
  get authoring(): AuthoringDriver {
    return new AuthoringDriver(this.page);
  }

  /** The viewer embedded in the page's <iframe> (the snippet's), once its map is drawn there. */
  async embedded(iframe = 'iframe'): Promise<SituationViewer> {
    const element = this.page.locator(iframe);
    const frame = (await (await element.elementHandle())!.contentFrame())!;
    const inFrame = new SituationViewer(this.page, frame, { x: 0, y: 0 });
    await inFrame.then.mapDrawn();
    const box = (await element.boundingBox())!;
    return new SituationViewer(this.page, frame, { x: box.x, y: box.y });
  }
}
