/**
 * The meeting pack: everything an export file shows, gathered once by the server
 * (server/services/meeting-pack.ts) for a source (now, or a snapshot) and the list's filter,
 * then written by one renderer per format (server/export/: xlsx, csv, pdf, pptx). Renderers are
 * pure over this object: they query nothing.
 */
import type { AttentionItem } from './attention.ts';
import type { Language, Tier } from './codes.ts';
import type { Initiative } from './initiative.ts';
import type { InitiativeFilter } from './initiative-filter.ts';
import type { LocalizedText } from './localized-text.ts';
import type { MinistryCode } from './ministry.ts';
import type { Overview } from './overview.ts';
import type { RadarDate } from './radar.ts';
import type { PortfolioDiff } from './snapshot-diff.ts';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf', 'pptx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the picture is of: the live portfolio, or a frozen snapshot (with its checksum, verified). */
export type PackSource =
  | { kind: 'now' }
  | { kind: 'snapshot'; id: string; label: string; takenAt: string; takenBy: string; checksum: string };

export interface PackBoardColumn {
  tier: Tier;
  /** Every card of the tier under the filter. */
  total: number;
  /** The top of the tier, in board order (at most PACK_TIER_TOP). */
  cards: {
    id: string;
    title: LocalizedText;
    leadMinistry: MinistryCode;
    status: Initiative['status'];
    weightedScore: number | null;
  }[];
}

export const PACK_TIER_TOP = 10;
export const PACK_ATTENTION_TOP = 20;
/** "The EU deadlines of the next six months." */
export const PACK_DEADLINE_MONTHS = 6;

export interface MeetingPack {
  language: Language;
  /** When the file was made (ISO timestamp). */
  generatedAt: string;
  /** Helsinki's day the figures are of: today for now, the snapshot's day for a snapshot. */
  today: string;
  source: PackSource;
  /** The name of the picture: the snapshot's label, or "Nykytilanne"/"Current"/"Nuläge". */
  label: string;
  /** Who made the file. */
  generatedBy: string;
  filter: InitiativeFilter;
  /** The active filter conditions in words in `language` ("LVM", "Käynnissä"), for the cover. */
  filterWords: string[];
  /** The initiatives the filter selects, every field, in title order of `language`; empty in a pack of slides. */
  initiatives: Initiative[];
  overview: Overview;
  board: PackBoardColumn[];
  /** The first PACK_ATTENTION_TOP needing attention, worst first. */
  attention: AttentionItem[];
  attentionTotal: number;
  /** EU key dates from today to PACK_DEADLINE_MONTHS ahead, with who answers them. */
  euDeadlines: RadarDate[];
  /** What changed since `compareTo`, with its label; null without `compareTo`. */
  changes: { fromLabel: string; fromTakenAt: string; diff: PortfolioDiff; sentences: string[] } | null;
}

/** What every file says of itself: which picture, whose, when, under which filter, compared to what. */
export type PackHeader = Pick<
  MeetingPack,
  | 'language'
  | 'generatedAt'
  | 'today'
  | 'source'
  | 'label'
  | 'generatedBy'
  | 'filter'
  | 'filterWords'
  | 'changes'
>;
/** The PDF and PPTX packs: the overview, the board's tops, needing attention, the EU deadlines. */
export type SlidesPack = Omit<MeetingPack, 'initiatives'>;
/** The XLSX workbook: every initiative, the summary by ministry, the EU deadlines. */
export type WorkbookPack = PackHeader & Pick<MeetingPack, 'initiatives' | 'overview' | 'euDeadlines'>;
/** The CSV: every initiative. */
export type InitiativesPack = PackHeader & Pick<MeetingPack, 'initiatives'>;

/** `digisalkku-2026-12-02-digitoimisto-3-12.xlsx`: the day and the label, safe in any file system. */
export function packFileName(today: string, label: string, format: ExportFormat): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `digisalkku-${today}${slug ? `-${slug}` : ''}.${format}`;
}
