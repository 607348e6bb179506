// `npm start`: the quick start. Builds the client when it is missing or older than its
// sources — in parallel with the server, so /healthz answers at once — and runs the server
// in demo mode (demo portfolio and users on an embedded PGlite database).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const built = 'dist/client/index.html';
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }, 0);
const stale =
  !existsSync(built) ||
  Math.max(newest('client'), newest('shared'), statSync('package-lock.json').mtimeMs) >
    statSync(built).mtimeMs;

const children = [];
if (stale) {
  console.log('digisalkku: building the user interface (the server answers meanwhile)…');
  const build = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  build.on('exit', (code) => {
    if (code === 0) console.log('digisalkku: user interface built.');
    else console.error('digisalkku: building the user interface failed; see the messages above.');
  });
  children.push(build);
}
// Node with tsx's loader directly: npx neither forwards signals nor starts quickly.
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'server/main.ts', '--demo', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);
children.push(server);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}
server.on('exit', (code) => process.exit(code ?? 0));
