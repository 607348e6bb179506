import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { codeLabel } from '../../shared/code-labels.ts';
import { LANGUAGES, STATUSES, TIERS } from '../../shared/codes.ts';
import type { Initiative } from '../../shared/initiative.ts';
import type { MeetingPack, PackBoardColumn } from '../../shared/meeting-pack.ts';
import { MINISTRY_CODES } from '../../shared/ministry.ts';
import type { RadarDate } from '../../shared/radar.ts';
import { renderPptx } from './pptx.ts';
import { PPTX_TEXTS } from './pptx-texts.ts';
import { testInitiative, testPack } from './test-pack.ts';

/** The deck read back: every part, the slides in order and the text each slide shows. */
async function open(pack: MeetingPack) {
  const zip = await JSZip.loadAsync(await renderPptx(pack));
  const names = Object.keys(zip.files).filter((name) => !zip.files[name]?.dir);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const slideNames = names
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => slideNumber(a) - slideNumber(b));
  const slides = await Promise.all(slideNames.map(read));
  const charts = await Promise.all(
    names
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .sort((a, b) => slideNumber(a) - slideNumber(b))
      .map(read),
  );
  return { zip, names, read, slides, slideTexts: slides.map(textOf), charts };
}

const slideNumber = (name: string) => Number(/(\d+)\.xml$/.exec(name)?.[1]);

/** The text runs of a slide, entities decoded, runs of a paragraph joined. */
function textOf(xml: string): string {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] ?? '')).join(' ');
}

function decode(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&amp;', '&');
}

/** Throws on the first error a strict XML parser finds: what makes PowerPoint offer a repair. */
function assertWellFormed(name: string, xml: string): void {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw new Error(`${name}: ${error.message}`);
  });
  parser.write(xml).close();
}

describe('renderPptx', () => {
  it('draws status and health as native charts, with series and ministry codes as categories', async () => {
    const { charts, names } = await open(testPack());
    expect(charts.length).toBeGreaterThanOrEqual(2);
    const [status, health] = charts as [string, string];
    for (const code of STATUSES) expect(status).toContain(`<c:v>${codeLabel('fi', 'status', code)}</c:v>`);
    expect(health).toContain(`<c:v>${codeLabel('fi', 'health', 'red')}</c:v>`);
    for (const chart of charts) {
      expect(chart).toContain('<c:barChart>');
      expect(chart).toContain('<c:grouping val="stacked"/>');
      for (const code of ['LVM', 'VM', 'TEM']) expect(chart).toContain(`<c:v>${code}</c:v>`);
      expect(chart).toContain('<c:showVal val="1"/>');
      expect(chart).toContain('<c:legend>');
    }
    // The palette's colours, as pptxgenjs writes them; ongoing is #0072b2, red health #c3103f.
    expect(status).toContain('0072B2');
    expect(health).toContain('C3103F');
    // Editable: each chart carries its workbook.
    expect(names.filter((n) => n.startsWith('ppt/embeddings/') && n.endsWith('.xlsx'))).toHaveLength(
      charts.length,
    );
  });

  it('puts the chart values in the chart, segment by segment', async () => {
    const pack = testPack();
    const lvm = pack.overview.byMinistry.find((m) => m.ministry === 'LVM');
    if (!lvm) throw new Error('fixture without LVM');
    pack.overview.byMinistry = [{ ...lvm, byStatus: { ...lvm.byStatus, ongoing: 4321 } }];
    const { charts } = await open(pack);
    expect(charts[0]).toContain('<c:v>4321</c:v>');
  });

  it('declares every chart part in [Content_Types].xml, and every XML part is well formed', async () => {
    const { names, read } = await open(testPack());
    const types = await read('[Content_Types].xml');
    const chartParts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(chartParts.length).toBeGreaterThanOrEqual(3);
    for (const part of chartParts) {
      expect(types).toContain(
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    for (const name of names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels'))) {
      assertWellFormed(name, await read(name));
    }
  });

  it.each(LANGUAGES)('titles, headings and labels are in the chosen language (%s)', async (language) => {
    const t = PPTX_TEXTS[language];
    const { slideTexts } = await open(testPack({ language }));
    const all = slideTexts.join('\n');
    for (const text of [
      t.cover.overline,
      t.kpi.title,
      t.kpi.euDeadlines,
      t.statusChart.title,
      t.healthChart.digitoimistoTitle,
      t.healthChart.ministryTitle,
      t.priorities.title,
      t.priorities.initiative,
      t.changes.title,
      t.changes.summary.movedToRed,
      t.deadlines.title,
      t.deadlines.standing,
      t.deadlines.states.gap,
      codeLabel(language, 'tier', 'critical'),
      codeLabel(language, 'status', 'ongoing'),
    ]) {
      expect(all).toContain(text);
    }
    // No other language's slide titles leak in.
    for (const other of LANGUAGES.filter((l) => l !== language)) {
      expect(all).not.toContain(PPTX_TEXTS[other].statusChart.title);
    }
  });

  it('opens with the picture: its label, when and by whom it was taken, the filters in words, who made it', async () => {
    const { slideTexts } = await open(testPack());
    const cover = slideTexts[0] ?? '';
    expect(cover).toContain('Digitoimisto 3.12.');
    expect(cover).toContain('Tilannekuvan kopio 1.12.2026 klo 16.00, ottanut Kaisa Koordinaattori');
    expect(cover).toContain('Rajaukset: LVM, VM, TEM');
    expect(cover).toContain('Koonnut Kaisa Koordinaattori 2.12.2026 klo 12.15');

    const now = await open(
      testPack({ language: 'en', source: { kind: 'now' }, label: 'Current', filterWords: [] }),
    );
    expect(now.slideTexts[0]).toContain('The picture on 2 Dec 2026');
    expect(now.slideTexts[0]).toContain('No filters: the whole digital portfolio');
  });

  it('shows the key figures of the overview', async () => {
    const pack = testPack({ language: 'en' });
    pack.overview = {
      ...pack.overview,
      total: 1234,
      health: {
        ministry: { green: 0, amber: 17, red: 5, not_assessed: 0 },
        digitoimisto: { green: 0, amber: 21, red: 9, not_assessed: 0 },
      },
      euDeadlines: { within: 14, overdue: 3 },
      overdueMilestones: { milestones: 42, initiatives: 11 },
      late: 8,
      budget: { totalCents: 1_234_567_800_00, withBudget: 77 },
    };
    const kpi = (await open(pack)).slideTexts[1] ?? '';
    for (const text of [
      '1,234',
      '9',
      '21',
      '5',
      '17',
      '14',
      '3 of them overdue',
      '42',
      'in 11 initiatives',
      '8',
    ]) {
      expect(kpi).toContain(text);
    }
    expect(kpi).toContain('€1.2bn');
    expect(kpi).toContain('€1,234,567,800');
    expect(kpi).toContain('77 initiatives have a budget');
  });

  it('lists the top priorities, critical before high, with ministry, status and score', async () => {
    const pack = testPack();
    const texts = (await open(pack)).slideTexts.join('\n');
    const critical = texts.indexOf('Kyberturvallisuuslain päivitys; "NIS2" ä ö å');
    const high = texts.indexOf('=HYPERLINK("http://evil.example","Klikkaa")');
    expect(critical).toBeGreaterThan(0);
    expect(high).toBeGreaterThan(critical);
    expect(texts).toContain('82');
  });

  it('tells the changes in sentences with ä, ö and å, under the summary', async () => {
    const pack = testPack();
    const texts = (await open(pack)).slideTexts.join('\n');
    for (const sentence of pack.changes?.sentences ?? []) expect(texts).toContain(sentence);
    expect(texts).toContain('Verrattuna tilannekuvaan Digitoimisto 3.11. (3.11.2026 klo 11.00).');
    expect(texts).toContain('Punaiseksi');
  });

  it('says there is no comparison when the pack has none', async () => {
    const { slideTexts } = await open(testPack({ changes: null }));
    expect(slideTexts.join('\n')).toContain(PPTX_TEXTS.fi.changes.noComparison);
  });

  it('splits a long list of changes over numbered slides and counts what it leaves out', async () => {
    const pack = testPack();
    if (!pack.changes) throw new Error('fixture without changes');
    pack.changes.sentences = Array.from(
      { length: 500 },
      (_, i) => `Hanke ${i + 1}: Digitoimiston tilannearvio muuttui keltaisesta punaiseksi; vastuu siirtyi.`,
    );
    const { slideTexts } = await open(pack);
    const changeSlides = slideTexts.filter((t) => /Muutokset \(\d\/\d\)/.test(t));
    expect(changeSlides.length).toBe(5);
    expect(changeSlides[0]).toContain('Muutokset (1/5)');
    expect(changeSlides[0]).toContain('Hanke 1:');
    // Each slide holds a whole share of the list, none more than fits: about 16 bullets of one line.
    for (const slide of changeSlides) expect(slide.match(/Hanke \d+:/g)?.length ?? 0).toBeLessThanOrEqual(16);
    const shown = changeSlides.join('\n').match(/Hanke \d+:/g)?.length ?? 0;
    expect(changeSlides[4]).toContain(`Lisäksi ${500 - shown} muutosta, joita ei näytetä kalvoilla.`);
  });

  it('lists the EU deadlines with the act, the kind, who answers and the gap in words', async () => {
    const texts = (await open(testPack())).slideTexts.join('\n');
    expect(texts).toContain('17.1.2027');
    expect(texts).toContain('Täytäntöönpanon määräaika');
    expect(texts).toContain('Kyberturvallisuuslain päivitys; "NIS2" ä ö å (LVM)');
    expect(texts).toContain('+ Kansallinen valvontaviranomainen nimetty');
    expect(texts).toContain('Aukko: ei kansallista hanketta');
  });

  it('ends with international cooperation: meetings, publications and Finland’s latest results', async () => {
    const { slideTexts } = await open(testPack());
    const slide = slideTexts.at(-1) ?? '';
    expect(slide).toContain('Kansainvälinen yhteistyö');
    expect(slide).toContain('Kokoukset 60 päivän sisällä');
    expect(slide).toContain('10.12.2026 IEB – Yhteentoimiva Eurooppa -lautakunta');
    expect(slide).toContain('Vertailujen julkaisut 90 päivän sisällä');
    expect(slide).toContain(
      '20.1.2027 DESI – Digitaalitalouden ja -yhteiskunnan indeksi (Euroopan komissio)',
    );
    expect(slide).toContain('Suomen viimeisimmät tulokset');
    expect(slide).toContain('70,2 (0–100)');
    expect(slide).toContain('2/27');
    expect(slide).toContain('0,9847 (0–1)');
    expect(slide).toContain('16.6.2025');
    const en = (await open(testPack({ language: 'en' }))).slideTexts.at(-1) ?? '';
    expect(en).toContain('Meetings in the next 60 days');
    expect(en).toContain('2 of 193');
    expect(en).toContain('Interoperable Europe Board');
  });

  it('says a snapshot predates cooperation data, and caps the lists, counting the rest', async () => {
    const old = (await open(testPack({ cooperation: null }))).slideTexts.at(-1) ?? '';
    expect(old).toContain(PPTX_TEXTS.fi.cooperation.predates);
    expect(old).not.toContain('Suomen viimeisimmät tulokset');
    const base = testPack().cooperation;
    if (!base) throw new Error('missing');
    const meeting = base.meetings[0] as NonNullable<typeof base>['meetings'][number];
    const latest = base.latest[0] as NonNullable<typeof base>['latest'][number];
    const many = testPack({
      cooperation: {
        meetings: Array.from({ length: 9 }, (_, i) => ({ ...meeting, shortName: `Elin ${i + 1}` })),
        publications: [],
        latest: Array.from({ length: 8 }, (_, i) => ({ ...latest, shortName: `Vertailu ${i + 1}` })),
      },
    });
    const slide = (await open(many)).slideTexts.at(-1) ?? '';
    expect(slide).toContain('Elin 4');
    expect(slide).not.toContain('Elin 5');
    expect(slide).toContain('Lisäksi 5 muuta.');
    expect(slide).toContain('Ei julkaisuja.');
    expect(slide).toContain('Vertailu 5');
    expect(slide).not.toContain('Vertailu 6');
    expect(slide).toContain('Lisäksi 3 muuta.');
  });

  it('gives every slide but the cover a footer with the date and a slide-number field', async () => {
    const { slides, slideTexts } = await open(testPack());
    for (const [index, slide] of slides.entries()) {
      if (index === 0) continue;
      expect(slideTexts[index]).toContain('Digitoimisto 3.12. · 2.12.2026');
      expect(slide).toContain('type="slidenum"');
    }
  });

  it('keeps characters outside XML 1.0 and line breaks of a title out of the slides', async () => {
    const bad = testInitiative({
      title: { fi: 'Rikki\u0001 otsikko\r\nkahdella rivillä\ttabilla', sv: null, en: null },
    });
    const pack = testPack();
    pack.board = [{ tier: 'critical', total: 1, cards: [{ ...bad, weightedScore: 1 }] }];
    const { slides, slideTexts } = await open(pack);
    expect(slides.join('').includes('\u0001')).toBe(false);
    expect(/[\r\t]/.test(slideTexts.join('\n'))).toBe(false);
    expect(slideTexts.join('\n')).toContain('Rikki\uFFFD otsikko kahdella rivillä tabilla');
  });

  it('renders a pack of 10,000 initiatives into a deck of capped lists, in time', async () => {
    const pack = bigPack(10_000);
    const started = performance.now();
    const file = await renderPptx(pack);
    const elapsed = performance.now() - started;
    const zip = await JSZip.loadAsync(file);
    const names = Object.keys(zip.files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeLessThanOrEqual(20);
    // pptxgenjs numbers charts across decks, so the first chart is the lowest number, not chart1.
    const first = names
      .filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))
      .sort((a, b) => slideNumber(a) - slideNumber(b))[0];
    const chart = (first && (await zip.file(first)?.async('string'))) ?? '';
    for (const code of MINISTRY_CODES) expect(chart).toContain(`<c:v>${code}</c:v>`);
    // The bench's bound is 3 s; here, on a shared test machine, twice that.
    expect(elapsed).toBeLessThan(6000);
  });
});

/** A pack of `count` initiatives over every ministry, with full tiers, many changes and deadlines. */
function bigPack(count: number): MeetingPack {
  const base = testPack();
  const initiatives: Initiative[] = Array.from({ length: count }, (_, i) =>
    testInitiative({
      id: `22222222-2222-4222-8222-${String(i).padStart(12, '0')}`,
      title: { fi: `Hanke ${i + 1}: tietoaltaan ja sähköisen asioinnin yhteentoimivuus`, sv: null, en: null },
      leadMinistry: MINISTRY_CODES[i % MINISTRY_CODES.length],
      status: STATUSES[i % STATUSES.length],
    }),
  );
  const perMinistry = Math.floor(count / MINISTRY_CODES.length);
  const template = base.overview.byMinistry[0];
  if (!template) throw new Error('fixture without ministries');
  const board: PackBoardColumn[] = TIERS.map((tier) => ({
    tier,
    total: count / TIERS.length,
    cards: initiatives.slice(0, 10).map((i) => ({
      id: i.id,
      title: i.title,
      leadMinistry: i.leadMinistry,
      status: i.status,
      weightedScore: 71.5,
    })),
  }));
  const deadline = base.euDeadlines[0] as RadarDate;
  return {
    ...base,
    initiatives,
    overview: {
      ...base.overview,
      total: count,
      byMinistry: MINISTRY_CODES.map((ministry) => ({
        ...template,
        ministry,
        total: perMinistry,
        byStatus: { planned: 100, preparation: 200, ongoing: 300, completed: 100, paused: 50, cancelled: 83 },
        digitoimistoHealth: { green: 400, amber: 200, red: 100, not_assessed: 133 },
        ministryHealth: { green: 500, amber: 150, red: 50, not_assessed: 133 },
      })),
    },
    board,
    euDeadlines: Array.from({ length: 60 }, (_, i) => ({
      ...deadline,
      id: `d${i}`,
      answering: board[0]?.cards.map((c) => ({ ...c, relation: 'implements' as const })) ?? [],
      answeringShown: 40,
      answeringTotal: 55,
    })),
    changes: base.changes && {
      ...base.changes,
      sentences: initiatives.map((i) => `${i.title.fi}: tila muuttui, tilannearvio heikkeni.`),
    },
  };
}
