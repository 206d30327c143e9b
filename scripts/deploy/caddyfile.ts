// `npm run deploy:caddyfile`: writes deploy/Caddyfile from deploy/headers.ts (the headers every
// deployment sends). `npm run serve:prod`: builds nothing, serves dist/ with Caddy on 127.0.0.1:8080
// exactly as deployed (Caddy from your system: Debian's `caddy` package, or caddyserver.com).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caddyfile } from '../../deploy/headers';

const ROOT = resolve(import.meta.dirname, '../..');
const [command] = process.argv.slice(2);

if (command === 'write') {
  writeFileSync(join(ROOT, 'deploy/Caddyfile'), caddyfile());
  console.log('Written: deploy/Caddyfile');
} else if (command === 'serve') {
  const dir = mkdtempSync(join(tmpdir(), 'situation-viewer-caddy-'));
  const config = join(dir, 'Caddyfile');
  const address = process.env.ADDRESS ?? 'http://127.0.0.1:8080';
  writeFileSync(config, caddyfile(join(ROOT, 'dist'), address));
  console.log(`Serving dist/ with Caddy at ${address}/ (the headers of deploy/headers.ts)`);
  spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], { stdio: 'inherit' }).on(
    'exit',
    (code) => process.exit(code ?? 1),
  );
} else {
  console.error('Usage: tsx scripts/deploy/caddyfile.ts write | serve');
  process.exit(2);
}
