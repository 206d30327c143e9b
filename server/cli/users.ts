// `npm run users -- …`: the newsroom's accounts, in DATA_DIR's database (the server may be running:
// SQLite's WAL lets both write). Removing an account or changing its password ends its sessions.
// The password is asked twice on the terminal without echo, or read as one line of standard input
// with --password-stdin (for scripts); it is never printed, logged or stored in clear.
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { read } from 'read';
import { configFromEnv, ConfigError } from '../config.ts';
import { openDatabase, DatabaseError, type Database } from '../db/database.ts';
import { Users, userNameSchema, roleSchema } from '../accounts/users.ts';
import { hashPassword, passwordProblem, PASSWORD_COST, type ScryptCost } from '../accounts/passwords.ts';
import { systemClock } from '../clock.ts';
import { WORDS } from './words.ts';

export interface UsersIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  env?: NodeJS.ProcessEnv;
  /** Tests lower it; the CLI hashes with PASSWORD_COST. */
  cost?: ScryptCost;
}

class Refusal extends Error {
  constructor(
    message: string,
    readonly code = 1,
  ) {
    super(message);
  }
}

/** The first line of standard input, without its line ending. */
async function firstLine(stdin: Readable): Promise<string> {
  let text = '';
  for await (const chunk of stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split('\n')[0]!.replace(/\r$/, '');
}

async function newPassword(name: string, passwordStdin: boolean, io: UsersIo): Promise<string> {
  let password: string;
  if (passwordStdin) password = await firstLine(io.stdin);
  else {
    // Without a terminal there is no way to keep it from echoing, nor to tell its two lines apart.
    if (!(io.stdin as { isTTY?: boolean }).isTTY) throw new Refusal(WORDS.noTerminal);
    const ask = async (prompt: string) => {
      const answer = await read({ prompt, silent: true, input: io.stdin, output: io.stdout, terminal: true });
      io.stdout.write('\n'); // the Enter typed was not echoed either
      return answer;
    };
    password = await ask(WORDS.askPassword(name));
    const again = await ask(WORDS.askAgain);
    if (again !== password) throw new Refusal(WORDS.mismatch);
  }
  const problem = passwordProblem(password);
  if (problem) throw new Refusal(`${WORDS.refused}: ${problem}.`);
  return password;
}

function nameOf(value: string | undefined): string {
  const parsed = userNameSchema.safeParse(value ?? '');
  if (!parsed.success)
    throw new Refusal(`${WORDS.refused}: ${parsed.error.issues[0]!.message}.`, value ? 1 : 2);
  return parsed.data;
}

async function run(args: string[], io: UsersIo, db: () => Database): Promise<string> {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const [command, rawName, ...rest] = positionals;
  if (rest.length) throw new Refusal(WORDS.usage, 2);
  const cost = io.cost ?? PASSWORD_COST;
  switch (command) {
    case 'add': {
      const name = nameOf(rawName);
      const role = roleSchema.safeParse(values.role);
      if (!role.success) throw new Refusal(WORDS.badRole(values.role), 2);
      const users = new Users(db(), systemClock);
      if (users.find(name)) throw new Refusal(WORDS.taken(name));
      const hash = await hashPassword(await newPassword(name, values['password-stdin'], io), cost);
      if (!users.add(name, role.data, hash)) throw new Refusal(WORDS.taken(name));
      return WORDS.added(name, role.data);
    }
    case 'list': {
      if (rawName) throw new Refusal(WORDS.usage, 2);
      const accounts = new Users(db(), systemClock).list();
      if (!accounts.length) return WORDS.none;
      const width = Math.max(4, ...accounts.map((a) => a.name.length));
      const rows = accounts.map(
        (a) =>
          `${a.name.padEnd(width)}  ${a.role.padEnd(8)}  ${String(a.sessions).padStart(8)}  ${a.createdAt.slice(0, 10)}`,
      );
      return [`${'name'.padEnd(width)}  role      sessions  added`, ...rows].join('\n');
    }
    case 'remove': {
      const name = nameOf(rawName);
      const users = new Users(db(), systemClock);
      const sessions = users.list().find((a) => a.name.toLowerCase() === name.toLowerCase())?.sessions ?? 0;
      if (!users.remove(name)) throw new Refusal(WORDS.noAccount(name));
      return WORDS.removed(name, sessions);
    }
    case 'password': {
      const name = nameOf(rawName);
      const users = new Users(db(), systemClock);
      if (!users.find(name)) throw new Refusal(WORDS.noAccount(name));
      const hash = await hashPassword(await newPassword(name, values['password-stdin'], io), cost);
      if (!users.setPassword(name, hash)) throw new Refusal(WORDS.noAccount(name));
      return WORDS.passwordChanged(name);
    }
    default:
      throw new Refusal(WORDS.usage, 2);
  }
}

/** Runs one command; returns the exit code (0 done, 1 refused, 2 not a command it knows). */
export async function runUsers(args: string[], io: UsersIo): Promise<number> {
  let db: Database | null = null;
  const open = () => (db ??= openDatabase({ dataDir: configFromEnv(io.env ?? process.env).dataDir }));
  try {
    io.stdout.write(`${await run(args, io, open)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr.write(`${error.message}\n`);
      return error.code;
    }
    if (error instanceof DatabaseError || error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write(`${(error as Error).message}\n${WORDS.usage}\n`);
      return 2;
    }
    throw error;
  } finally {
    (db as Database | null)?.close();
  }
}
