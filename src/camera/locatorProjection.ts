// The locator's projection: Web Mercator, like the main map, scaled to a fixed frame over south-eastern
// Europe. Pure: the pipeline writes the countries with it, the viewer draws the main map's extent.

/** [west, south, east, north] of the locator, degrees. */
export const LOCATOR_FRAME: [number, number, number, number] = [8, 36, 32, 50];
export const LOCATOR_WIDTH = 160;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

export function locatorHeight(): number {
  const [w, s, e, n] = LOCATOR_FRAME;
  const scale = LOCATOR_WIDTH / (((e - w) * Math.PI) / 180);
  return Math.round((mercatorY(n) - mercatorY(s)) * scale);
}

/** A longitude/latitude in the locator's pixels (y down). */
export function toLocator(lon: number, lat: number): [number, number] {
  const [w, , e, n] = LOCATOR_FRAME;
  const scale = LOCATOR_WIDTH / (((e - w) * Math.PI) / 180);
  return [((lon - w) * Math.PI * scale) / 180, (mercatorY(n) - mercatorY(lat)) * scale];
}
