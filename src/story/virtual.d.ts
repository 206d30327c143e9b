// The module scripts/story/vitePlugin.ts generates from the shipped layers (public/data/).
declare module 'virtual:shipped-features' {
  import type { ShippedFeature } from './derivedMeta';
  /** Every feature of the shipped layers (public/data/), by id. */
  export const SHIPPED_FEATURES: Record<string, ShippedFeature>;
}
