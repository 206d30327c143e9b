// `npm start` runs this after installing and building: the newsroom server with the environment's
// settings (server/config.ts). A database it cannot open or that is damaged, a failing migration, a
// taken port: one clear message and exit code 1, never an empty newsroom.
import { configFromEnv, ConfigError } from './config.ts';
import { DatabaseError } from './db/database.ts';
import { startNewsroom, StartError } from './newsroom.ts';

try {
  const newsroom = await startNewsroom(configFromEnv());
  for (const line of newsroom.lines) console.log(line);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    newsroom.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) console.error(`The newsroom server did not start: ${error.message}`);
  else if (error instanceof DatabaseError || error instanceof StartError) console.error(error.message);
  else throw error;
  process.exitCode = 1;
}
