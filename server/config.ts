// The server's settings, from the environment: HOST and PORT (http://127.0.0.1:4173), DATA_DIR (./data),
// PUBLIC_ORIGIN (the origin people's browsers use: http://HOST:PORT unless set, e.g. behind a proxy;
// https makes the session cookie Secure), DIST_DIR (the built viewer, ./dist), EMBED_FRAME_ANCESTORS
// (as for the static deploy). Wrong values stop the server with a message naming the variable.
import { resolve } from 'node:path';
import { z } from 'zod';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  /** null: http://HOST:PORT of the address the server is listening on. */
  publicOrigin: string | null;
  distDir: string;
  embedFrameAncestors?: string;
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

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4173),
  DATA_DIR: z.string().min(1).default('data'),
  PUBLIC_ORIGIN: originSchema.optional(),
  DIST_DIR: z.string().min(1).default('dist'),
  EMBED_FRAME_ANCESTORS: z.string().min(1).optional(),
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
  };
}

/** http://HOST:PORT, with IPv6 hosts in brackets. */
export const originOf = (host: string, port: number) =>
  `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
