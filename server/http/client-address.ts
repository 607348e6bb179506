import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** What the throttle counts a request under when the socket cannot tell (no Node server). */
export const UNKNOWN_ADDRESS = 'unknown';

/**
 * The client's IP address. With `trustProxy` 0 it is the socket's peer, and X-Forwarded-For is
 * ignored, for anyone can send it. Behind N reverse proxies each one appends the address it
 * was reached from, so the client is the Nth entry from the right; entries further left were
 * written by the client itself and are never believed. A header shorter than N (a request that
 * reached us past some proxy) yields its leftmost entry, as Express's `trust proxy` does.
 */
export function clientAddress(c: Context, trustProxy: number): string {
  const peer = socketAddress(c);
  if (trustProxy <= 0) return peer;
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // [peer, last proxy's entry, …, first entry]: index N is the client behind N proxies.
  const hops = [peer, ...forwarded.reverse()];
  const chosen = hops[Math.min(trustProxy, hops.length - 1)] ?? peer;
  // A trusted proxy writes addresses; anything else means a misconfigured chain, so the peer counts.
  return isIP(chosen) ? chosen : peer;
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? UNKNOWN_ADDRESS;
  } catch {
    // `app.request()` in tests, or another runtime: there is no socket to ask.
    return UNKNOWN_ADDRESS;
  }
}
