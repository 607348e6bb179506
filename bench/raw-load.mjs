// The raw SQL reference's load, in a plain Node process of its own as the server is (no tsx, no
// load generator, no portfolio in memory beside it): reads a job as JSON on stdin, opens the
// database through the server's driver — a pg Pool of the server's size, or the PGlite folder
// (free once the server has stopped) — keeps `concurrency` queries in flight, each started when
// one ends, and writes the probe's rows and every run's latencies (ms) as JSON on stdout.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const job = JSON.parse(Buffer.concat(chunks).toString('utf8'));

async function open() {
  if (job.dataDir) {
    const client = await PGlite.create({ dataDir: job.dataDir, extensions: { pg_trgm } });
    return {
      query: async (text, params) => (await client.query(text, params)).rows,
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: job.url, max: job.poolSize });
  pool.on('error', () => {});
  return { query: async (text, params) => (await pool.query(text, params)).rows, close: () => pool.end() };
}

async function run(driver, seconds) {
  const latencies = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const started = performance.now();
      try {
        await driver.query(job.query.text, job.query.params);
        latencies.push(performance.now() - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  return { latencies, errors, seconds };
}

const driver = await open();
try {
  const rows = await driver.query(job.query.text, job.query.params);
  if (job.warmupSeconds > 0) await run(driver, job.warmupSeconds);
  const runs = [];
  for (let i = 0; i < job.runs; i++) runs.push(await run(driver, job.seconds));
  process.stdout.write(JSON.stringify({ rows, runs }));
} finally {
  await driver.close();
}
