// `npm run users -- add|list|remove|password …`: see server/cli/users.ts.
import { runUsers } from '../server/cli/users.ts';

process.exitCode = await runUsers(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
