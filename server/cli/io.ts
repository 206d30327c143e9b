// What the operations' command-line tools are given, and a few things they share.
import { closeSync, fsyncSync, openSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { configFromEnv, ConfigError, type ServerConfig } from '../config.ts';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
  env?: NodeJS.ProcessEnv;
}

/** A refusal: its message goes to standard error, its code is the exit code. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

/** Runs a tool: a Refusal or a wrong setting is printed and becomes the exit code. */
export async function runTool(
  io: CliIo,
  work: (config: ServerConfig) => Promise<string> | string,
): Promise<number> {
  try {
    const config = configFromEnv(io.env ?? process.env);
    io.stdout.write(`${await work(config)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr.write(`${error.message}\n`);
      return error.code;
    }
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** The one positional argument (a file or folder), or the usage and exit code 2. */
export function onlyArgument(args: string[], usage: string): string {
  const given = args.filter((a) => a !== '');
  if (given.length !== 1 || given[0]!.startsWith('-')) throw new Refusal(usage, 2);
  return given[0]!;
}

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
