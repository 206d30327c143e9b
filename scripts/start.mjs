// `npm start`: install what is missing, build the viewer, serve it on 127.0.0.1 and print the URL.
import { execFileSync, spawn } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';

ensureDependencies();
execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4173', '--strictPort'], {
  stdio: 'inherit',
});
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
