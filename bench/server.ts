/**
 * The server under test: the compiled server started as `npm run serve` starts it (node on
 * dist/server/main.js, production mode, loopback, PORT=0 so the system picks a free port), with
 * bench/loop-lag.mjs preloaded to report its event-loop delay. It answers what the rows ask of
 * it: its address and session, tRPC URLs as the client sends them, and its memory from /proc.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import superjson from 'superjson';
import { PROJECT_ROOT } from '../server/project-root.ts';

const MAIN = join(PROJECT_ROOT, 'dist/server/main.js');
const LOOP_LAG = pathToFileURL(join(PROJECT_ROOT, 'bench/loop-lag.mjs')).href;

export interface Memory {
  rssMb: number;
  /** The peak resident set since the process started (VmHWM). */
  peakMb: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class BenchServer {
  cookie = '';

  private constructor(
    private readonly child: ChildProcess,
    readonly origin: string,
    /** Seconds from spawning the process to the first healthy /healthz. */
    readonly startSeconds: number,
    private readonly lagFile: string,
  ) {}

  get pid(): number {
    return this.child.pid as number;
  }

  /** Starts the server on the store's database and waits until /healthz answers 200. */
  static async start(env: NodeJS.ProcessEnv, workDir: string): Promise<BenchServer> {
    const lagFile = join(workDir, 'loop-lag.json');
    const log = createWriteStream(join(workDir, 'server.log'), { flags: 'a' });
    const started = performance.now();
    // BENCH_SERVER_NODE_ARGS adds Node flags to the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
    // to see where a row's time goes (Node refuses --cpu-prof in NODE_OPTIONS).
    const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...extra, '--enable-source-maps', '--import', LOOP_LAG, MAIN], {
      cwd: PROJECT_ROOT,
      env: {
        PATH: process.env.PATH,
        HOST: '127.0.0.1',
        PORT: '0',
        BENCH_LOOP_LAG_FILE: lagFile,
        // The open-data rows load the feed far past the rate limit a real consumer gets.
        OPEN_DATA: 'true',
        OPEN_DATA_RATE_LIMIT: '100000000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr?.pipe(log);
    const origin = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        output += chunk.toString();
        const match = / at (http:\/\/[^/\s]+)\//.exec(output);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) =>
        reject(
          new Error(
            `The server stopped (exit ${code}) before listening; see ${join(workDir, 'server.log')}.`,
          ),
        ),
      );
    });
    for (;;) {
      const response = await fetch(`${origin}/healthz`).catch(() => null);
      if (response?.ok) break;
      await sleep(5);
    }
    return new BenchServer(child, origin, (performance.now() - started) / 1000, lagFile);
  }

  /** SIGTERM, as an operator stops it, and waits until it has closed the database and exited. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  }

  memory(): Memory {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  }

  /** Event-loop delay since the last call (the first call only starts the count). */
  async loopLag(): Promise<{ maxMs: number; p99Ms: number } | null> {
    const read = () =>
      existsSync(this.lagFile) ? JSON.parse(readFileSync(this.lagFile, 'utf8')) : { seq: 0 };
    const before = read().seq as number;
    this.child.kill('SIGUSR2');
    for (let waited = 0; waited < 2000; waited += 10) {
      const now = read();
      if (now.seq > before) return { maxMs: now.maxMs, p99Ms: now.p99Ms };
      await sleep(10);
    }
    return null;
  }

  async signIn(username: string, password: string): Promise<void> {
    const response = await fetch(`${this.origin}/trpc/auth.login?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ 0: superjson.serialize({ username, password }) }),
    });
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!response.ok || !cookie)
      throw new Error(`Signing in failed: ${response.status} ${await response.text()}`);
    this.cookie = cookie;
  }

  /** The headers the browser sends with a query: the session, compression, the UI language. */
  headers(): Record<string, string> {
    return { cookie: this.cookie, 'accept-encoding': 'gzip', 'x-digisalkku-language': 'fi' };
  }

  /** A tRPC query URL as the client's httpBatchLink sends it: one call, the superjson envelope. */
  trpcUrl(path: string, input: unknown): string {
    return `${this.origin}/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: superjson.serialize(input) }))}`;
  }

  /** One mutation, as the client sends it (a batch of one), decoded. */
  async trpcMutation<T>(path: string, input: unknown): Promise<T> {
    const response = await fetch(`${this.origin}/trpc/${path}?batch=1`, {
      method: 'POST',
      headers: { ...this.headers(), 'content-type': 'application/json' },
      body: JSON.stringify({ 0: superjson.serialize(input) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
    const [first] = JSON.parse(text) as [{ result: { data: Parameters<typeof superjson.deserialize>[0] } }];
    return superjson.deserialize<T>(first.result.data);
  }

  /** An address on the server. */
  url(path: string): string {
    return `${this.origin}${path}`;
  }

  /** A plain JSON GET (the open-data feed), decoded: for checking a row's answer before loading it. */
  async getJson<T>(path: string): Promise<{ data: T; bytes: number }> {
    const response = await fetch(this.url(path), { headers: this.headers() });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
    return { data: JSON.parse(text) as T, bytes: Buffer.byteLength(text) };
  }

  /** One query, decoded: for checking a row's answer before loading it. */
  async trpcQuery<T>(path: string, input: unknown): Promise<{ data: T; bytes: number }> {
    const response = await fetch(this.trpcUrl(path, input), { headers: this.headers() });
    const text = await response.text();
    if (!response.ok) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
    const [first] = JSON.parse(text) as [{ result: { data: Parameters<typeof superjson.deserialize>[0] } }];
    return { data: superjson.deserialize<T>(first.result.data), bytes: Buffer.byteLength(text) };
  }
}
