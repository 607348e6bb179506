import { describe, expect, it } from 'vitest';
import { hankeikkunaInitiativeInput, readHankeikkunaRecord } from './hankeikkuna.ts';
import { type InitiativeData, initiativeInputSchema } from './initiative.ts';

const LVM_ORGANISER = '6c2f1a9e-0d4b-4e8a-b7c3-5e9d2a1f8b40';
const options = { today: '2025-06-01', organisers: { [LVM_ORGANISER]: 'LVM' as const } };

const record = (kohde: Record<string, unknown>, rest: Record<string, unknown> = {}) => ({
  kohde: { nimi: { fi: 'Hanke' }, kuvaus: { fi: 'Kuvaus' }, tyyppi: 'HANKE', tila: 'KAYNNISSA', ...kohde },
  ...rest,
});

describe('readHankeikkunaRecord', () => {
  it('maps a full law-drafting record', () => {
    const read = readHankeikkunaRecord(
      record(
        {
          tunnus: 'LVM031:00/2024',
          asianumerot: ['vn/11447/2024'],
          tyyppi: 'LAINSAADANTO',
          valmisteluvaihe: 'LAUSUNTOMENETTELY',
          asettajaUuid: LVM_ORGANISER,
          aloitusPaiva: '2024-03-15T00:00:00.000+02:00',
          valmistumisPaiva: '2026-12-31',
        },
        {
          etapit: [
            { loppu: '2024-12-31', valmisteluvaihe: 'PERUSVALMISTELU', vaihe: 'Perusvalmistelu' },
            { loppu: '2025-03-14', valmisteluvaihe: 'LAUSUNTOMENETTELY' },
            { loppu: '2099-06-30', valmisteluvaihe: 'JATKOVALMISTELU' },
          ],
          asiasanat: [{ fi: 'sähköinen tunnistaminen' }, { fi: 'EU-säädökset' }],
          linkit: [{ url: 'https://www.lvm.fi/x', nimi: { fi: 'Sivu' } }, { url: 'javascript:alert(1)' }],
        },
      ),
      0,
      options,
    );
    expect(read.reasons).toEqual([]);
    expect(read.fields).toMatchObject({
      projectNumber: 'LVM031:00/2024',
      caseNumbers: ['VN/11447/2024'],
      kind: 'law_drafting',
      status: 'ongoing',
      preparationStage: 'consultation',
      leadMinistry: 'LVM',
      startDate: '2024-03-15',
      endDate: '2026-12-31',
      themes: ['digital_identity'],
      links: [{ label: 'Sivu', url: 'https://www.lvm.fi/x' }],
    });
    // Past and passed: done. Past but the current stage: not done. Future: not done.
    expect(read.fields.milestones).toEqual([
      { title: 'Perusvalmistelu', dueDate: '2024-12-31', doneAt: '2024-12-31' },
      { title: 'Lausuntomenettely', dueDate: '2025-03-14', doneAt: null },
      { title: 'Jatkovalmistelu', dueDate: '2099-06-30', doneAt: null },
    ]);
    expect(read.notes).toEqual([
      'Link 2 (linkit.1): left out (only http:// and https:// addresses are kept)',
    ]);
    expect(read.guessed).toContain('Track: Digitalisation and data economy (the register has no track)');
    const { input } = hankeikkunaInitiativeInput(read, null);
    expect(initiativeInputSchema.safeParse(input).success).toBe(true);
  });

  it('guesses the lead ministry from the project number when the organiser is unknown', () => {
    const read = readHankeikkunaRecord(
      record({ tunnus: 'TEM061:00/2024', asettajaUuid: 'unknown' }),
      0,
      options,
    );
    expect(read.guesses.leadMinistry).toBe('TEM');
    expect(read.guessed).toContain(
      'Lead ministry: TEM, from the project number prefix (the organiser unknown is not a known ministry)',
    );
    const none = readHankeikkunaRecord(record({ tunnus: null }), 3, options);
    expect(none.reasons[0]).toMatch(
      /^Lead ministry: cannot tell the lead ministry: .* the project number is missing/,
    );
    expect(none.key).toBe('Hanke');
  });

  it('uses the setting date when the start date is missing, and the title when the description is', () => {
    const read = readHankeikkunaRecord(
      record({ tunnus: 'VM112:00/2023', asettamisPaiva: '2023-11-20', kuvaus: null }),
      0,
      options,
    );
    expect(read.guesses.startDate).toBe('2023-11-20');
    expect(read.guesses.summary?.fi).toBe('Hanke');
    const { input, guessed } = hankeikkunaInitiativeInput(read, null);
    expect(initiativeInputSchema.parse(input).summary.fi).toBe('Hanke');
    expect(guessed).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Start date: the setting date/),
        expect.stringMatching(/^Summary in Finnish: the Finnish title/),
      ]),
    );
  });

  it('maps a suspended stage to paused and keeps the stage only for law drafting', () => {
    const read = readHankeikkunaRecord(
      record({
        tunnus: 'LVM077:00/2022',
        tyyppi: 'TOIMIELIN',
        tila: 'PAATTYNYT',
        valmisteluvaihe: 'KESKEYTETTY',
      }),
      0,
      options,
    );
    expect(read.fields).toMatchObject({ kind: 'working_group', status: 'paused', preparationStage: null });
  });

  it('names unknown codes, bad dates and wrong shapes', () => {
    const read = readHankeikkunaRecord(
      record({ tunnus: 'LVM001:00/2024', tyyppi: 'MUU', tila: 'X', aloitusPaiva: 'eilen' }),
      0,
      options,
    );
    expect(read.reasons).toEqual([
      expect.stringMatching(/^Kind \(kohde\.tyyppi\): Unknown type "MUU"/),
      expect.stringMatching(/^Status \(kohde\.tila\): Unknown state "X"/),
      expect.stringMatching(/^Start date \(kohde\.aloitusPaiva\): "eilen" is not a date/),
    ]);
    const shape = readHankeikkunaRecord({ kohde: { nimi: 'not an object' } }, 4, options);
    expect(shape.reasons[0]).toMatch(/^Title \(kohde\.nimi\):/);
    expect(shape.key).toBe('record 5');
  });

  it('rejects a record without a Finnish title through the initiative schema', () => {
    const read = readHankeikkunaRecord(
      record({ tunnus: 'STM020:00/2025', nimi: { sv: 'Bara svenska' } }),
      0,
      options,
    );
    const parsed = initiativeInputSchema.safeParse(hankeikkunaInitiativeInput(read, null).input);
    expect(parsed.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toContain(
      'title.fi: The Finnish text is required.',
    );
  });

  it('names a NUL byte or a lone surrogate by its register field, and never cuts a link label into one; leaves out a link with a password', () => {
    const unsafe = /^[^(]+\(([\w.]+)\): The text contains a character that cannot be stored/;
    const read = readHankeikkunaRecord(
      record({ tunnus: 'LVM032:00/2024', nimi: { fi: 'Hanke\u0000' }, asianumerot: ['VN/1/2024\ud800'] }),
      0,
      options,
    );
    expect(read.reasons.map((r) => unsafe.exec(r)?.[1])).toEqual(['kohde.asianumerot.0', 'kohde.nimi.fi']);
    const label = `${'a'.repeat(199)}\u{1F680}`;
    const linked = readHankeikkunaRecord(
      record(
        { tunnus: 'LVM033:00/2024' },
        {
          linkit: [
            { url: 'https://www.lvm.fi/x', nimi: { fi: label } },
            { url: 'https://lvm.fi@evil.example' },
          ],
        },
      ),
      0,
      options,
    );
    expect(linked.fields.links).toEqual([{ label: 'a'.repeat(199), url: 'https://www.lvm.fi/x' }]);
    expect(linked.notes).toEqual([
      'Link 2 (linkit.1): left out (only http:// and https:// addresses are kept)',
    ]);
  });

  it("keeps Digitoimisto's own fields and the initiative's own values when updating", () => {
    const existing = initiativeInputSchema.parse({
      projectNumber: 'TEM061:00/2024',
      caseNumbers: ['VN/1/2024'],
      title: { fi: 'Vanha', sv: 'Gammal', en: 'Old' },
      summary: { fi: 'Vanha kuvaus' },
      kind: 'law_drafting',
      track: 'public_administration',
      themes: ['skills'],
      leadMinistry: 'TEM',
      participatingMinistries: ['LVM'],
      status: 'planned',
      digitoimistoHealth: { rating: 'red', reason: 'Myöhässä' },
      ministryHealth: { rating: 'green' },
    }) as InitiativeData;
    const read = readHankeikkunaRecord(
      record({ tunnus: 'TEM061:00/2024', tyyppi: 'LAINSAADANTO', nimi: { fi: 'Uusi' }, kuvaus: null }),
      0,
      { ...options, organisers: { x: 'LVM' } },
    );
    const { input, guessed } = hankeikkunaInitiativeInput(read, existing);
    const data = initiativeInputSchema.parse(input);
    expect(data).toMatchObject({
      title: { fi: 'Uusi', sv: 'Gammal', en: 'Old' },
      summary: { fi: 'Vanha kuvaus' },
      track: 'public_administration',
      themes: ['skills'],
      status: 'ongoing',
      digitoimistoHealth: { rating: 'red', reason: 'Myöhässä' },
      ministryHealth: { rating: 'green' },
      caseNumbers: ['VN/1/2024'],
    });
    expect(guessed).toEqual([]);
  });
});
