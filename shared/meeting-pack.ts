/**
 * The meeting pack: everything an export file shows, gathered once by the server
 * (server/services/meeting-pack.ts) for a source (now, or a snapshot) and the list's filter,
 * then written by one renderer per format (server/export/: xlsx, csv, pdf, pptx). Renderers are
 * pure over this object: they query nothing.
 */
import type { AttentionItem } from './attention.ts';
import type { BenchmarkResultData } from './benchmark.ts';
import type { BodyOrganisation, BodyRelation, Language, Tier } from './codes.ts';
import type { Representative } from './cooperation-body.ts';
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
/** "Meetings of bodies in the next 60 days." */
export const PACK_MEETING_DAYS = 60;
/** "Benchmarks published in the next 90 days." */
export const PACK_PUBLICATION_DAYS = 90;

/** A cooperation body as the packs name it. */
export interface PackBodyRef {
  shortName: string;
  name: LocalizedText;
  organisation: BodyOrganisation;
  ministry: MinistryCode;
}

/** A benchmark as the packs name it. */
export interface PackBenchmarkRef {
  shortName: string;
  name: LocalizedText;
  publisher: string;
  scoreScale: string | null;
}

/**
 * International cooperation on the slides (issue 12), from the picture's today: the bodies
 * meeting in the next PACK_MEETING_DAYS, the benchmarks published in the next
 * PACK_PUBLICATION_DAYS (soonest first), and Finland's latest result in each benchmark.
 */
export interface PackCooperation {
  meetings: (PackBodyRef & { nextMeetingOn: string })[];
  publications: (PackBenchmarkRef & { nextPublicationOn: string })[];
  /** By benchmark short name; benchmarks without a result are left out. */
  latest: (PackBenchmarkRef & { result: BenchmarkResultData })[];
}

/** The workbook's cooperation sheets: every body, and every benchmark's results by edition. */
export interface PackCooperationRecords {
  bodies: (PackBodyRef & {
    agency: string | null;
    representatives: Representative[];
    nextMeetingOn: string | null;
    /** Its active initiatives, by title, with how each is tied to it. */
    initiatives: { title: LocalizedText; leadMinistry: MinistryCode; relation: BodyRelation }[];
  })[];
  /** By benchmark short name, then edition oldest first. */
  results: (PackBenchmarkRef & { result: BenchmarkResultData })[];
}

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
  /** Null when the picture is a snapshot taken before cooperation data was frozen with it. */
  cooperation: PackCooperation | null;
  /** The same condition; empty lists when there is simply nothing. */
  cooperationRecords: PackCooperationRecords | null;
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
/** The PDF and PPTX packs: the overview, the board's tops, needing attention, the EU deadlines, cooperation. */
export type SlidesPack = Omit<MeetingPack, 'initiatives' | 'cooperationRecords'>;
/** The XLSX workbook: every initiative, the summary by ministry, the EU deadlines, the bodies and results. */
export type WorkbookPack = PackHeader &
  Pick<MeetingPack, 'initiatives' | 'overview' | 'euDeadlines' | 'cooperationRecords'>;
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
