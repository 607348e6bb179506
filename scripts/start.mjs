// `npm start`: the quick start. Compiles the server when its bundle is missing or older than its
// sources (well under a second), builds the client when it is missing or stale — in the
// background, so /healthz answers at once — and runs the compiled server in demo mode (demo
// portfolio and users on an embedded PGlite database).
import { spawn } from 'node:child_process';
import { buildServer, clientIsStale, SERVER_MAIN, serverIsStale } from './build-server.mjs';

const children = [];
if (clientIsStale()) {
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
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill(signal);
  });
}

if (serverIsStale()) {
  try {
    await buildServer();
  } catch {
    // esbuild has printed what is wrong.
    console.error('digisalkku: compiling the server failed; see the messages above.');
    for (const child of children) child.kill('SIGTERM');
    process.exit(1);
  }
}
if (!stopping) {
  // Node directly (not npm or npx): it starts quicker and gets the signals forwarded above.
  const server = spawn(
    process.execPath,
    ['--enable-source-maps', SERVER_MAIN, '--demo', ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  children.push(server);
  server.on('exit', (code) => process.exit(code ?? 0));
}
