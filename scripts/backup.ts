// `npm run backup -- …`: see server/cli/backup.ts.
import { runBackup } from '../server/cli/backup.ts';

process.exitCode = await runBackup(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
