/**
 * The pure parts of the changes page and the snapshot list's links: which two pictures are
 * compared, the sentences of one lead ministry, and the links of a sentence.
 */
import type { MinistryCode } from '../../../shared/ministry.ts';
import { snapshotHref } from '../../lib/snapshot-mode.tsx';

/** A snapshot as these helpers need it; lists come newest first (snapshot.list). */
export interface SnapshotRef {
  id: string;
  takenAt: Date;
}

/** One side of a comparison: a snapshot's id, or `now`. */
export type Side = string;
export const NOW = 'now';

/** A sentence of snapshot.diff: about one initiative (with its lead ministry) or the whole portfolio. */
export interface ChangeSentence {
  initiativeId: string | null;
  leadMinistry: string | null;
  text: string;
}

/** The snapshot taken just before the given one, if any (by time, whatever the list's order). */
export function previousSnapshot<S extends SnapshotRef>(snapshots: readonly S[], id: string): S | undefined {
  const current = snapshots.find((s) => s.id === id);
  if (!current) return undefined;
  let best: S | undefined;
  for (const s of snapshots) {
    if (s.id === id || s.takenAt.getTime() > current.takenAt.getTime()) continue;
    if (s.takenAt.getTime() === current.takenAt.getTime() && s.id > id) continue;
    if (!best || s.takenAt.getTime() > best.takenAt.getTime()) best = s;
  }
  return best;
}

/**
 * The pictures the page compares: the URL's, where each names `now` or a known snapshot;
 * otherwise `from` is the newest snapshot and `to` now. Null when there is no snapshot at all.
 */
export function comparedSides(
  params: URLSearchParams,
  snapshots: readonly SnapshotRef[],
): { from: Side; to: Side } | null {
  const known = (value: string | null) =>
    value === NOW || (value !== null && snapshots.some((s) => s.id === value)) ? value : null;
  const newest = [...snapshots].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())[0];
  const from = known(params.get('from')) ?? newest?.id ?? null;
  const to = known(params.get('to')) ?? NOW;
  return from === null ? null : { from, to };
}

/** The changes page's address for two pictures (and a lead ministry). */
export function changesHref(from: Side, to: Side = NOW, lead?: string): string {
  const params = new URLSearchParams({ from, to });
  if (lead) params.set('lead', lead);
  return `/changes?${params.toString()}`;
}

/** The sentences of one lead ministry (portfolio-wide ones belong to none), or all of them. */
export function sentencesOf<S extends ChangeSentence>(sentences: readonly S[], lead: string | null): S[] {
  return lead ? sentences.filter((s) => s.leadMinistry === lead) : [...sentences];
}

/** The lead ministries the sentences name, each once, in the order of `order` (the ministries' order). */
export function ministriesIn(
  sentences: readonly ChangeSentence[],
  order: readonly MinistryCode[],
): MinistryCode[] {
  const named = new Set(sentences.map((s) => s.leadMinistry));
  return order.filter((code) => named.has(code));
}

/** Where a sentence's initiative opens: in the `to` snapshot, or live when `to` is now. */
export function initiativeHref(initiativeId: string, to: Side): string {
  return snapshotHref(`/initiatives/${initiativeId}`, to === NOW ? undefined : to);
}
