/**
 * The PDF pack's list chapters: the top of each priority tier, the needs-attention list, the
 * changes since the compared snapshot and the EU deadlines of the next six months. Each is the
 * pack's own bounded list; the changes, the one list that grows with the portfolio, are
 * printed up to MAX_PRINTED_CHANGES and the rest counted.
 */
import { codeLabel } from '../../shared/code-labels.ts';
import type { HealthRating } from '../../shared/codes.ts';
import { PACK_DEADLINE_MONTHS, PACK_TIER_TOP } from '../../shared/meeting-pack.ts';
import { addMonths } from '../../shared/radar.ts';
import type { DiffSummary } from '../../shared/snapshot-diff.ts';
import { fill, formatDateTime, plural } from './pack-texts.ts';
import type { Chapter } from './pdf.ts';
import { BODY, SMALL } from './pdf-layout.ts';
import { table } from './pdf-table.ts';

/** Sentences of change printed at most (about six pages); the spreadsheet pack has them all. */
export const MAX_PRINTED_CHANGES = 300;

export function tiersChapter(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const words = texts.tiers;
  flow.paragraph(fill(words.intro, { top: ch.number(PACK_TIER_TOP) }), BODY);
  for (const column of pack.board) {
    flow.heading(
      `${codeLabel(pack.language, 'tier', column.tier)} · ${plural(pack.language, words.count, { count: column.total })}`,
      2,
    );
    if (column.total === 0) {
      flow.paragraph(words.empty, SMALL);
      continue;
    }
    // A tier the board lists no cards of (the unprioritised may be counted only): its count says it.
    if (column.cards.length === 0) continue;
    table(
      flow,
      [
        { header: words.rank, share: 0.07, align: 'right' },
        { header: words.initiative, share: 0.53 },
        { header: words.lead, share: 0.1 },
        { header: words.status, share: 0.18 },
        { header: words.score, share: 0.12, align: 'right' },
      ],
      column.cards.map((card, i) => [
        ch.number(i + 1),
        { text: ch.title(card.title), bold: true },
        card.leadMinistry,
        codeLabel(pack.language, 'status', card.status),
        card.weightedScore === null ? words.noScore : ch.number(Math.round(card.weightedScore * 10) / 10),
      ]),
    );
    if (column.total > column.cards.length) {
      flow.paragraph(
        fill(words.shown, { shown: ch.number(column.cards.length), total: ch.number(column.total) }),
        SMALL,
      );
    }
  }
}

export function attentionChapter(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const words = texts.attention;
  const shown = pack.attention.length;
  if (shown === 0) {
    flow.paragraph(words.empty, BODY);
    return;
  }
  flow.paragraph(
    `${words.intro} ${
      pack.attentionTotal > shown
        ? plural(pack.language, words.shown, { count: pack.attentionTotal, shown: ch.number(shown) })
        : plural(pack.language, words.all, { count: pack.attentionTotal })
    }`,
    BODY,
  );
  const health = (rating: HealthRating) => codeLabel(pack.language, 'health', rating);
  table(
    flow,
    [
      { header: '#', share: 0.05, align: 'right' },
      { header: words.initiative, share: 0.31 },
      { header: words.lead, share: 0.08 },
      { header: words.health, share: 0.17 },
      { header: words.reasons, share: 0.39 },
    ],
    pack.attention.map((item, i) => [
      ch.number(i + 1),
      { text: ch.title(item.title), bold: true },
      item.leadMinistry,
      `${health(item.ministryHealth)} / ${health(item.digitoimistoHealth)}`,
      { text: item.reasons.map((reason) => ch.sentences.attentionReason(reason)), bullets: true },
    ]),
  );
}

const SUMMARY_KEYS: readonly (keyof DiffSummary)[] = [
  'added',
  'removed',
  'changed',
  'movedToRed',
  'leftRed',
  'completed',
  'tierChanged',
  'milestonesDone',
  'milestonesSlipped',
];

export function changesChapter(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const words = texts.changes;
  const changes = pack.changes;
  if (!changes) {
    flow.paragraph(words.none, BODY);
    return;
  }
  flow.paragraph(
    fill(words.since, {
      label: changes.fromLabel,
      time: formatDateTime(pack.language, changes.fromTakenAt),
    }),
    BODY,
  );
  flow.heading(words.summary, 2);
  table(
    flow,
    [
      { header: words.summary, share: 0.75 },
      { header: '', share: 0.25, align: 'right' },
    ],
    SUMMARY_KEYS.map((key) => [words[key], ch.number(changes.diff.summary[key])]),
  );
  flow.heading(words.details, 2);
  if (changes.sentences.length === 0) {
    flow.paragraph(words.noChanges, BODY);
    return;
  }
  flow.bullets(changes.sentences.slice(0, MAX_PRINTED_CHANGES));
  const rest = changes.sentences.length - MAX_PRINTED_CHANGES;
  if (rest > 0) flow.paragraph(plural(pack.language, words.more, { count: rest }), SMALL);
}

export function deadlinesChapter(ch: Chapter): void {
  const { flow, pack, texts } = ch;
  const words = texts.deadlines;
  flow.paragraph(
    fill(words.intro, {
      from: ch.date(pack.today),
      to: ch.date(addMonths(pack.today, PACK_DEADLINE_MONTHS)),
    }),
    BODY,
  );
  if (pack.euDeadlines.length === 0) {
    flow.paragraph(words.empty, BODY);
    return;
  }
  table(
    flow,
    [
      { header: words.date, share: 0.12 },
      { header: words.act, share: 0.19 },
      { header: words.kind, share: 0.17 },
      { header: words.initiatives, share: 0.34 },
      { header: words.state, share: 0.18 },
    ],
    pack.euDeadlines.map((date) => {
      const answering = date.answering.map(
        (a) => `${ch.title(a.title)} (${a.leadMinistry}, ${codeLabel(pack.language, 'status', a.status)})`,
      );
      const unlisted = date.answeringShown - date.answering.length;
      if (unlisted > 0) answering.push(plural(pack.language, words.more, { count: unlisted }));
      const hidden = date.answeringTotal - date.answeringShown;
      if (hidden > 0) answering.push(plural(pack.language, words.hidden, { count: hidden }));
      return [
        { text: ch.date(date.date), bold: true },
        { heading: date.act.shortName, text: ch.title(date.act.title) },
        date.label ? [words.kinds[date.kind], ch.title(date.label)].join('\n') : words.kinds[date.kind],
        answering.length > 0 ? { text: answering, bullets: true } : '–',
        date.gap ? { text: words.gap, bold: true } : words.states[date.state],
      ];
    }),
  );
}
