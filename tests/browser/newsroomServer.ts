// The newsroom server the browser journeys use: `npm start`'s server (server/newsroom.ts) over the
// built viewer in dist/, with a temporary data folder (removed when it stops), the accounts of
// newsroom.ts, and scrypt at a test cost (the production cost is tested in tests/server/). Started by
// playwright.config.ts as a web server of its own: node --import tsx tests/browser/newsroomServer.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startNewsroom } from '../../server/newsroom.ts';
import { hashPassword, type ScryptCost } from '../../server/accounts/passwords.ts';
import { Users } from '../../server/accounts/users.ts';
import { systemClock } from '../../server/clock.ts';
import { NEWSROOM_PASSWORD, NEWSROOM_PORT, NEWSROOM_USERS } from './newsroom.ts';

const TEST_COST: ScryptCost = { ln: 4, r: 8, p: 1 };
const dataDir = mkdtempSync(join(tmpdir(), 'sv-browser-newsroom-'));
const newsroom = await startNewsroom(
  {
    host: '127.0.0.1',
    port: NEWSROOM_PORT,
    dataDir,
    distDir: resolve(import.meta.dirname, '../../dist'),
    publicOrigin: null,
  },
  { passwordCost: TEST_COST, log: () => undefined },
);
const users = new Users(newsroom.db, systemClock);
for (const [name, role] of Object.entries(NEWSROOM_USERS))
  users.add(name, role, await hashPassword(NEWSROOM_PASSWORD, TEST_COST));
console.log(`${newsroom.lines[0]}; data in ${dataDir}`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void newsroom.close().finally(() => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
