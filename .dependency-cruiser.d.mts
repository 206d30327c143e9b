// Types of .dependency-cruiser.mjs, for tests/unit/layering.test.ts.
import type { IConfiguration } from 'dependency-cruiser';

export declare const LAYERS: string[][];
declare const config: Required<Pick<IConfiguration, 'forbidden' | 'options'>>;
export default config;
