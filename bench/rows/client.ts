/** What a first visit downloads: the JavaScript index.html loads eagerly, gzipped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../../server/project-root.ts';
import type { BenchRow } from '../row.ts';

const CLIENT_DIR = join(PROJECT_ROOT, 'dist/client');

/** The scripts and module preloads of the page; chunks loaded later by import() are not among them. */
export function eagerScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script') && /\bsrc="([^"]+)"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return (isScript || isPreload) && url?.endsWith('.js') ? [url] : [];
  });
}

export const clientRow: BenchRow = {
  id: 'client-first-load-js',
  name: 'first-load JS of the app, gzip',
  unit: 'KB',
  budget: { pglite: 200, postgres: 200 },
  phase: 'offline',
  async measure() {
    const scripts = eagerScripts(readFileSync(join(CLIENT_DIR, 'index.html'), 'utf8'));
    let raw = 0;
    let gzipped = 0;
    for (const url of scripts) {
      const bytes = readFileSync(join(CLIENT_DIR, url.replace(/^\//, '')));
      raw += bytes.length;
      gzipped += gzipSync(bytes).length;
    }
    return {
      value: gzipped / 1024,
      detail: `${scripts.length} files eagerly loaded by index.html, ${(raw / 1024).toFixed(0)} KB before gzip (level 6); lazy chunks not counted`,
      extra: { scripts },
    };
  },
};
