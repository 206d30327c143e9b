// `npm run export -- …`: see server/cli/export.ts.
import { runExport } from '../server/cli/export.ts';

process.exitCode = await runExport(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
