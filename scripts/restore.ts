// `npm run restore -- …`: see server/cli/restore.ts.
import { runRestore } from '../server/cli/restore.ts';

process.exitCode = await runRestore(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
});
