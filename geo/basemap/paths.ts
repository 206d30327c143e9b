// Where the base map's tiles are written (npm run geo -- basemap) and read at build time (the story
// thumbnails): a module of its own, so that the build's readers do not load the pipeline.
import { resolve } from 'node:path';

export const BASEMAP_DIR = resolve(import.meta.dirname, '../../public/basemap');
