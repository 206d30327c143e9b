/** Path of a Chromium or Chrome for browser tests and benchmarks (see find-chromium.mjs). */
export function findChromium(): string;
