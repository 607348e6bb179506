import type { HealthRating, InitiativeKind, PreparationStage, Status, Theme, Tier, Track } from './codes.ts';
import type { Lateness } from './lateness.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';

/** Opening and closing marks around matched words in search highlights; rendered as <mark>, never as HTML. */
export const HIGHLIGHT_START = '\u27E6';
export const HIGHLIGHT_END = '\u27E7';

/** One row of the initiative list: what the table shows, nothing more. */
export interface InitiativeListItem {
  id: string;
  version: number;
  projectNumber: string | null;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  participatingMinistries: MinistryCode[];
  kind: InitiativeKind;
  track: Track;
  themes: Theme[];
  status: Status;
  preparationStage: PreparationStage | null;
  ministryHealth: HealthRating;
  digitoimistoHealth: HealthRating;
  tier: Tier;
  /** Under the list's weighting (the default unless one is chosen), 0–100; null when unscored. */
  weightedScore: number | null;
  startDate: string | null;
  endDate: string | null;
  /** The EU deadline it is watched by, a passed one while it is open (see nearestEuDeadline in shared/lateness.ts). */
  nearestEuDeadline: string | null;
  lateness: Lateness;
  euActs: string[];
  updatedAt: Date;
  archivedAt: Date | null;
  /** With a text search: the title and a summary fragment with matches between the highlight marks. */
  highlight: { title: string; summary: string | null } | null;
}

export interface InitiativeListResult {
  items: InitiativeListItem[];
  total: number;
}

/** Splits a highlighted text into plain and matched parts, for rendering as inert text with <mark>. */
export function splitHighlight(text: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let rest = text;
  while (rest.length > 0) {
    const start = rest.indexOf(HIGHLIGHT_START);
    const end = start >= 0 ? rest.indexOf(HIGHLIGHT_END, start) : -1;
    if (start < 0 || end < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    parts.push({ text: rest.slice(start + 1, end), match: true });
    rest = rest.slice(end + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}
