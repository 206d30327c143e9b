// The newsroom server as a process of its own (node with tsx, server/main.ts as `npm start` runs it),
// on an ephemeral port: for the tests that kill it, or that read its files from outside while it
// writes them.
import { spawn, type ChildProcess } from 'node:child_process';
import { Client } from './newsroom';

export interface ChildServer {
  child: ChildProcess;
  url: string;
  origin: string;
  /** How it ended: its exit code, or the signal that killed it. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>;
  /** A client of this server carrying another client's cookies (a session made in the database). */
  client(from?: Client): Client;
}

export function startChild(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, err })),
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk;
      const url = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (!url) return;
      const origin = new URL(url).origin;
      resolve({
        child,
        url,
        origin,
        ended,
        client(from) {
          const client = new Client(url, origin);
          for (const [name, value] of from?.jar ?? []) client.jar.set(name, value);
          return client;
        },
      });
    });
    void ended.then(({ code, signal }) =>
      reject(new Error(`the server ended before serving (${code ?? signal}):\n${out}${err}`)),
    );
  });
}
