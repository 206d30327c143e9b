// `npm start`: install what is missing, build the viewer, and run the newsroom server (server/main.ts)
// on http://127.0.0.1:4173 (HOST, PORT), with its data in ./data (DATA_DIR). It prints a few lines:
// installing (the first time), building, the URL, where the data is, and how to add the first account.
import { spawn, spawnSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
console.log('Building the viewer (vite build)…');
// Warnings and errors only (the list of the files it wrote is for `npm run build`). No type check here:
// `npm run build` and `npm test` do it.
const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
