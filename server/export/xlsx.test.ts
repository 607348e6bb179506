import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { changeSentences, summarySentence } from '../../shared/change-sentences.ts';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import type { MeetingPack } from '../../shared/meeting-pack.ts';
import { exportTexts } from './export-texts.ts';
import { initiativeColumns } from './initiative-columns.ts';
import { FORMULA_TEXTS, TEST_ACT_ID, testInitiative, testPack } from './test-pack.ts';
import { renderXlsx } from './xlsx.ts';

async function load(pack: MeetingPack) {
  const workbook = new ExcelJS.Workbook();
  const bytes = await renderXlsx(pack);
  // exceljs types its argument as an ArrayBuffer-like Buffer of its own; a Node Buffer is what it reads.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`No sheet ${name}; there are ${workbook.worksheets.map((w) => w.name)}`);
  return found;
}

/** The cell of an initiative row (0 = the first initiative) in the column of `key`. */
function initiativeCell(workbook: ExcelJS.Workbook, row: number, key: string, language: Language = 'fi') {
  const index = initiativeColumns(language).findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`No column ${key}`);
  return sheet(workbook, exportTexts(language).sheets.initiatives)
    .getRow(row + 2)
    .getCell(index + 1);
}

const rowValues = (worksheet: ExcelJS.Worksheet, row: number) =>
  (worksheet.getRow(row).values as ExcelJS.CellValue[]).slice(1);

describe('renderXlsx', () => {
  it('names its sheets in the pack language, within Excel’s rules', async () => {
    for (const language of LANGUAGES) {
      const workbook = await load(testPack({ language }));
      const { sheets } = exportTexts(language);
      expect(workbook.worksheets.map((w) => w.name)).toEqual([
        sheets.info,
        sheets.initiatives,
        sheets.ministries,
        sheets.deadlines,
        sheets.bodies,
        sheets.results,
        sheets.changes,
      ]);
      for (const name of Object.values(sheets)) {
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
    expect((await load(testPack({ language: 'sv' }))).worksheets.map((w) => w.name)).toContain(
      'EU-tidsfrister',
    );
  });

  it('writes a row per initiative under a frozen, filtered header row of every field', async () => {
    const pack = testPack();
    const workbook = await load(pack);
    const initiatives = sheet(workbook, 'Hankkeet');
    const columns = initiativeColumns('fi');
    expect(initiatives.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lastColumn = initiatives.getColumn(columns.length).letter;
    expect(initiatives.autoFilter).toBe(`A1:${lastColumn}${pack.initiatives.length + 1}`);
    expect(rowValues(initiatives, 1)).toEqual(columns.map((c) => c.header));
    expect(initiatives.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(initiatives.actualRowCount).toBe(pack.initiatives.length + 1);
    expect(initiatives.getColumn(4).width).toBe(40);
    expect(initiativeCell(workbook, 0, 'title.fi').value).toBe(testInitiative().title.fi);
    expect(initiativeCell(workbook, 0, 'summary.fi').value).toBe(testInitiative().summary.fi);
    expect(initiativeCell(workbook, 0, 'status').value).toBe('Käynnissä');
    expect(initiativeCell(workbook, 0, 'milestones').value).toBe(
      'Lausuntokierros 1.3.2026 ✓; Hallituksen esitys 15.1.2027',
    );
  });

  it('writes dates and times as real dates and euros as numbers with their formats', async () => {
    const workbook = await load(testPack());
    const start = initiativeCell(workbook, 0, 'startDate');
    expect(start.type).toBe(ExcelJS.ValueType.Date);
    expect(start.value).toEqual(new Date('2024-01-15T00:00:00Z'));
    expect(start.numFmt).toBe('d.m.yyyy');
    // 08:30 UTC in January is 10:30 in Helsinki: what the reader sees.
    const created = initiativeCell(workbook, 0, 'createdAt');
    expect(created.value).toEqual(new Date('2024-01-10T10:30:00Z'));
    expect(created.numFmt).toBe('d.m.yyyy h:mm');
    const budget = initiativeCell(workbook, 0, 'budgetCents');
    expect(budget.type).toBe(ExcelJS.ValueType.Number);
    expect(budget.value).toBe(1_250_000.5);
    expect(budget.numFmt).toBe('#,##0 "€"');
    expect(initiativeCell(workbook, 1, 'budgetCents').value).toBe(0);
    expect(initiativeCell(workbook, 2, 'budgetCents').value).toBeNull();
    expect(initiativeCell(workbook, 2, 'startDate').value).toBeNull();
    expect(initiativeCell(workbook, 0, 'weightedScore').value).toBe(82);
    const en = await load(testPack({ language: 'en' }));
    expect(initiativeCell(en, 0, 'startDate', 'en').numFmt).toBe('[$-809]d mmm yyyy');
    expect(initiativeCell(en, 0, 'status', 'en').value).toBe('Ongoing');
  });

  it('keeps formula-like texts as text starting with an apostrophe, and writes no formula anywhere', async () => {
    const workbook = await load(testPack());
    const cases: [number, string, string][] = [
      [1, 'title.fi', FORMULA_TEXTS.hyperlink],
      [1, 'title.sv', FORMULA_TEXTS.at],
      [1, 'projectNumber', FORMULA_TEXTS.plus],
      [1, 'summary.fi', FORMULA_TEXTS.tab],
      [0, 'digitoimistoHealth.reason', FORMULA_TEXTS.minus],
      [1, 'contact', FORMULA_TEXTS.at],
    ];
    for (const [row, key, formula] of cases) {
      const cell = initiativeCell(workbook, row, key);
      expect(cell.type, key).toBe(ExcelJS.ValueType.String);
      expect(cell.value, key).toBe(`'${formula}`);
    }
    // A carriage return is stored as a line break by XML, still behind the apostrophe.
    expect(String(initiativeCell(workbook, 1, 'summary.en').value)).toMatch(/^'[\r\n]rivinvaihto/);
    let cells = 0;
    for (const worksheet of workbook.worksheets) {
      worksheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells++;
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          expect(cell.formula).toBeUndefined();
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
    expect(cells).toBeGreaterThan(150);
  });

  it('summarises by lead ministry with a total row', async () => {
    const pack = testPack();
    const ministries = sheet(await load(pack), 'Ministeriöt');
    const header = rowValues(ministries, 1);
    expect(header.slice(0, 4)).toEqual(['Ministeriö', 'Ministeriön nimi', 'Hankkeita', 'Suunnitteilla']);
    expect(ministries.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const lvm = rowValues(ministries, 2);
    expect(lvm.slice(0, 3)).toEqual(['LVM', 'liikenne- ja viestintäministeriö', 1]);
    const at = (name: string) => header.indexOf(name);
    expect(lvm[at('Käynnissä')]).toBe(1);
    expect(lvm[at('Digitoimiston arvio: punaisia')]).toBe(1);
    expect(lvm[at('Ministeriön arvio: keltaisia')]).toBe(1);
    expect(lvm[at('Budjetti yhteensä')]).toBe(1_250_000.5);
    expect(ministries.getRow(2).getCell(at('Budjetti yhteensä') + 1).numFmt).toBe('#,##0 "€"');
    expect(lvm[at('Laatupisteet (%)')]).toBe(0);
    // TEM's score is null: no initiative to score, an empty cell rather than a made-up 0.
    expect(rowValues(ministries, 4)[at('Laatupisteet (%)')]).toBeUndefined();
    const total = rowValues(ministries, 5);
    expect(total[0]).toBe('Yhteensä');
    expect(total[at('Hankkeita')]).toBe(3);
    expect(total[at('Laatupisteet (%)')]).toBe(33);
  });

  it('lists the EU deadlines with the answering initiatives and the gaps', async () => {
    const deadlines = sheet(await load(testPack()), 'EU-määräajat');
    expect(rowValues(deadlines, 1)).toEqual([
      'Päivämäärä',
      'EU-säädös',
      'Säädöksen nimi',
      'Mikä',
      'Vastaavat hankkeet',
      'Vastaavia hankkeita',
      'Ei kansallista hanketta',
    ]);
    expect(rowValues(deadlines, 2)).toEqual([
      new Date('2027-01-17T00:00:00Z'),
      'NIS2',
      'NIS2-direktiivi',
      'Täytäntöönpanon määräaika',
      'Kyberturvallisuuslain päivitys; "NIS2" ä ö å (LVM)',
      1,
      'Ei',
    ]);
    expect(deadlines.getRow(2).getCell(1).numFmt).toBe('d.m.yyyy');
    const gap = rowValues(deadlines, 3);
    expect(gap[3]).toBe('Muu keskeinen päivämäärä: + Kansallinen valvontaviranomainen nimetty');
    expect(gap[6]).toBe('Kyllä');
  });

  it('counts the answering initiatives it does not list', async () => {
    const base = testPack();
    const [first] = base.euDeadlines as [MeetingPack['euDeadlines'][number]];
    const deadlines = sheet(
      await load(testPack({ euDeadlines: [{ ...first, answeringTotal: 15 }] })),
      'EU-määräajat',
    );
    expect(rowValues(deadlines, 2)[4]).toBe(
      'Kyberturvallisuuslain päivitys; "NIS2" ä ö å (LVM); ja 14 muuta',
    );
  });

  it('writes a change per row with the initiative it names and its ministry', async () => {
    const base = testPack();
    const changes = {
      ...(base.changes as NonNullable<MeetingPack['changes']>),
      sentences: [
        'Hankkeita lisättiin 1 ja yksi siirtyi punaiseksi.',
        `${testInitiative().title.fi}: Digitoimiston tilannearvio muuttui punaiseksi.`,
        `${FORMULA_TEXTS.hyperlink} lisättiin.`,
      ],
    };
    const sheetOf = sheet(await load(testPack({ changes })), 'Muutokset');
    expect(rowValues(sheetOf, 1)).toEqual(['Hanke', 'Vastuuministeriö', 'Muutos']);
    expect(rowValues(sheetOf, 2)).toEqual([undefined, undefined, changes.sentences[0]]);
    expect(rowValues(sheetOf, 3)).toEqual([testInitiative().title.fi, 'LVM', changes.sentences[1]]);
    expect(rowValues(sheetOf, 4)).toEqual([
      `'${FORMULA_TEXTS.hyperlink}`,
      'VM',
      `'${FORMULA_TEXTS.hyperlink} lisättiin.`,
    ]);
  });

  it('links the sentences of the pack’s diff to their initiatives', async () => {
    const base = testPack({ language: 'sv' });
    const diff = (base.changes as NonNullable<MeetingPack['changes']>).diff;
    const told = changeSentences(diff, 'sv');
    const sentences = [summarySentence(diff.summary, 'sv'), ...told.map((sentence) => sentence.text)];
    const changes = { ...(base.changes as NonNullable<MeetingPack['changes']>), sentences };
    const sheetOf = sheet(await load({ ...base, changes }), 'Ändringar');
    expect(sheetOf.actualRowCount).toBe(sentences.length + 1);
    expect(rowValues(sheetOf, 2)[1]).toBeUndefined();
    told.forEach((sentence, index) => {
      const [title, ministry, text] = rowValues(sheetOf, index + 3);
      expect(ministry).toBe(sentence.leadMinistry);
      expect(String(title)).toMatch(
        sentence.leadMinistry === 'VM' ? /^'@SUM/ : /^Uppdatering av cybersäkerhetslagen/,
      );
      expect(String(text).replace(/^'/, '')).toBe(sentence.text);
    });
  });

  it('says there is no comparison when the pack has none', async () => {
    const changes = sheet(await load(testPack({ changes: null, language: 'en' })), 'Changes');
    expect(rowValues(changes, 2)[2]).toBe(exportTexts('en').changes.noComparison);
    expect(changes.actualRowCount).toBe(2);
  });

  it('tells on the info sheet which picture it is, whose, and its checksum', async () => {
    const pack = testPack();
    const info = sheet(await load(pack), 'Tiedot');
    const rows = new Map<string, ExcelJS.Cell>();
    info.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2)));
    expect(info.getRow(1).getCell(1).value).toBe('Digisalkku – Digitoimisto 3.12.');
    expect(rows.get('Lähde')?.value).toBe('Tallennettu tilannekuva');
    expect(rows.get('Tallentaja')?.value).toBe('Kaisa Koordinaattori');
    expect(rows.get('Tarkistussumma (SHA-256)')?.value).toBe(
      pack.source.kind === 'snapshot' ? pack.source.checksum : '',
    );
    // 14:00 UTC on 1 December is 16:00 in Helsinki.
    expect(rows.get('Tallennettu')?.value).toEqual(new Date('2026-12-01T16:00:00Z'));
    expect(rows.get('Tallennettu')?.numFmt).toBe('d.m.yyyy h:mm');
    expect(rows.get('Tilanne päivältä')?.value).toEqual(new Date('2026-12-02T00:00:00Z'));
    expect(rows.get('Rajaukset')?.value).toBe('LVM, VM, TEM');
    expect(rows.get('Hankkeita')?.value).toBe(3);
    expect(rows.get('Verrattu tilannekuvaan')?.value).toBe('Digitoimisto 3.11. (3.11.2026 11.00)');
    const now = sheet(
      await load(testPack({ source: { kind: 'now' }, label: 'Nuläge', language: 'sv' })),
      'Uppgifter',
    );
    const svRows = new Map<string, unknown>();
    now.eachRow((row) => svRows.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(svRows.get('Källa')).toBe('Nuläge');
    expect(svRows.has('Kontrollsumma (SHA-256)')).toBe(false);
  });

  it('writes an empty pack, and caps a text at Excel’s 32,767 characters', async () => {
    const empty = await load(testPack({ initiatives: [], euDeadlines: [], changes: null }));
    expect(sheet(empty, 'Hankkeet').actualRowCount).toBe(1);
    expect(rowValues(sheet(empty, 'EU-määräajat'), 2)[1]).toBe(
      'Ei EU-määräaikoja seuraavan 6 kuukauden aikana.',
    );
    const impacts = Array.from({ length: 100 }, (_, index) => ({
      euActId: TEST_ACT_ID,
      euActShortName: `Act ${index}`,
      relation: 'influences' as const,
      deadline: null,
      note: 'ä'.repeat(1000),
    }));
    const long = await load(testPack({ initiatives: [testInitiative({ euImpacts: impacts })] }));
    const cell = initiativeCell(long, 0, 'euImpacts');
    expect(String(cell.value)).toHaveLength(32_767);
  });

  it('lists the cooperation bodies and the benchmark results, an edition a row, with real dates and numbers', async () => {
    const workbook = await load(testPack());
    const bodies = sheet(workbook, 'Yhteistyöelimet');
    expect(rowValues(bodies, 1)).toEqual([
      'Lyhenne',
      'Nimi',
      'Organisaatio',
      'Vastuuministeriö',
      'Virasto',
      'Suomen edustajat',
      'Seuraava kokous',
      'Linkitetyt hankkeet',
      'Linkitettyjä hankkeita',
    ]);
    expect(bodies.autoFilter).toBe('A1:I3');
    const ieb = bodies.getRow(2);
    expect(ieb.getCell(1).value).toBe('IEB');
    expect(ieb.getCell(2).value).toBe('Yhteentoimiva Eurooppa -lautakunta');
    expect(ieb.getCell(3).value).toBe('EU-säädöksellä perustettu toimielin');
    expect(ieb.getCell(6).value).toBe('Yhteentoimivuusjohtaja (VM, Jäsen); @SUM(A1:A2) (Varajäsen)');
    expect(ieb.getCell(7).value).toEqual(new Date('2026-12-10T00:00:00Z'));
    expect(ieb.getCell(7).numFmt).toBe('d.m.yyyy');
    expect(ieb.getCell(8).value).toBe('Yhteentoimivuuslaki (VM, Valmistelee Suomen kannan)');
    expect(ieb.getCell(9).value).toBe(1);
    expect(rowValues(bodies, 3).slice(0, 5)).toEqual([
      'OECD E-Leaders',
      'OECD:n E-Leaders-työryhmä',
      'OECD',
      'VM',
      // A formula-like text stays text.
      `'${FORMULA_TEXTS.plus}`,
    ]);

    const results = sheet(workbook, 'Vertailutulokset');
    expect(rowValues(results, 1)).toEqual([
      'Vertailu',
      'Vertailun nimi',
      'Painos',
      'Julkaistu',
      'Pisteet',
      'Asteikko',
      'Sijoitus',
      'Maita',
      'Huomautus',
    ]);
    expect(results.actualRowCount).toBe(4);
    const desi = results.getRow(3);
    expect(desi.getCell(1).value).toBe('DESI');
    expect(desi.getCell(3).value).toBe('2025');
    expect(desi.getCell(4).value).toEqual(new Date('2025-06-16T00:00:00Z'));
    expect(desi.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(desi.getCell(5).value).toBe(70.2);
    expect([desi.getCell(7).value, desi.getCell(8).value]).toEqual([2, 27]);
    expect(rowValues(results, 4)).toEqual([
      'UN EGDI',
      'YK:n sähköisen hallinnon indeksi',
      '2024',
      undefined,
      0.9847,
      '0–1',
      2,
      193,
      'Uusi menetelmä',
    ]);
    const en = await load(testPack({ language: 'en' }));
    expect(sheet(en, 'Cooperation bodies').getRow(2).getCell(2).value).toBe('Interoperable Europe Board');
    expect(sheet(en, 'Benchmark results').getRow(2).getCell(2).value).toBe(
      'Digital Economy and Society Index',
    );
  });

  it('says so in both cooperation sheets when the snapshot predates cooperation data, or there is none', async () => {
    const old = await load(testPack({ cooperationRecords: null }));
    const predates =
      'Tilannekuva on otettu ennen kuin kansainvälisen yhteistyön tiedot tallennettiin tilannekuviin.';
    expect(rowValues(sheet(old, 'Yhteistyöelimet'), 2)).toEqual([predates]);
    expect(rowValues(sheet(old, 'Vertailutulokset'), 2)).toEqual([predates]);
    const none = await load(testPack({ cooperationRecords: { bodies: [], results: [] } }));
    expect(rowValues(sheet(none, 'Yhteistyöelimet'), 2)).toEqual(['Ei yhteistyöelimiä.']);
    expect(rowValues(sheet(none, 'Vertailutulokset'), 2)).toEqual(['Ei vertailutuloksia.']);
  });
});
