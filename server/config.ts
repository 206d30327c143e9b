// The server's settings, from the environment: HOST and PORT (http://127.0.0.1:4173), DATA_DIR (./data),
// PUBLIC_ORIGIN (the origin people's browsers use: http://HOST:PORT unless set, e.g. behind a proxy;
// https makes the session cookie Secure), DIST_DIR (the built viewer, ./dist), EMBED_FRAME_ANCESTORS
// (as for the static deploy). Wrong values stop the server with a message naming the variable.
import { resolve } from 'node:path';
import { z } from 'zod';
import { FAULT_POINTS, type FaultPoint } from './faults.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** null: http://HOST:PORT of the address the server is listening on. */
  publicOrigin: string | null;
  distDir: string;
  embedFrameAncestors?: string;
  /** The readers' site, ending in a slash (null: the public origin's /). */
  readerUrl?: string | null;
  /** Tests only: where the process kills itself (server/faults.ts). */
  fault?: FaultPoint | null;
}

export class ConfigError extends Error {}

const originSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}, 'an origin is scheme://host[:port] with no path or trailing slash, e.g. https://news.example.org');

const readerUrlSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      value.endsWith('/') &&
      !url.hash &&
      !url.search
    );
  } catch {
    return false;
  }
}, 'the address of the readers’ site, ending in a slash, e.g. https://stories.example.org/ or https://example.org/maps/');

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  DATA_DIR: z.string().min(1).default('data'),
  PUBLIC_ORIGIN: originSchema.optional(),
  DIST_DIR: z.string().min(1).default('dist'),
  EMBED_FRAME_ANCESTORS: z.string().min(1).optional(),
  READER_URL: readerUrlSchema.optional(),
  SV_FAULT: z
    .enum(FAULT_POINTS, { error: `one of ${FAULT_POINTS.join(', ')} (for the crash test only)` })
    .optional(),
});

export function configFromEnv(env: NodeJS.ProcessEnv = process.env, cwd = PROJECT_ROOT): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(cwd, e.DATA_DIR),
    publicOrigin: e.PUBLIC_ORIGIN ?? null,
    distDir: resolve(cwd, e.DIST_DIR),
    embedFrameAncestors: e.EMBED_FRAME_ANCESTORS,
    readerUrl: e.READER_URL ?? null,
    fault: e.SV_FAULT ?? null,
  };
}

/** http://HOST:PORT, with IPv6 hosts in brackets. */
export const originOf = (host: string, port: number) =>
  `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
