import { AsyncLocalStorage } from 'node:async_hooks';
import { todayInFinland } from '../../shared/dates.ts';

/**
 * "Today" of a read: Helsinki's calendar day, or — while a snapshot is read — the day it was
 * taken, so lateness, "within 90 days" and staleness are what they were that day, and a
 * snapshot's filters select exactly what they selected on the live data then. Set by
 * atSnapshot (server/services/snapshot.ts) for the read it runs.
 */
const readDays = new AsyncLocalStorage<string>();

export function readDay(): string {
  return readDays.getStore() ?? todayInFinland();
}

export function withReadDay<T>(day: string, read: () => Promise<T>): Promise<T> {
  return readDays.run(day, read);
}
