/**
 * The columns of "every field" of an initiative, for the XLSX initiatives sheet and the CSV
 * alike, so both have the same columns in the same order. Built from the field registry
 * (shared/initiative-fields.ts), so a new field there becomes a column here by its kind: a
 * localized text gives a column per language, a health assessment its rating, reason, date and
 * assessor, a contact its name and email; codes read as their labels in the chosen language,
 * ministries as their codes. A column's value is typed (text, ISO date, timestamp, euros or a
 * number); each renderer writes it in its own way (a real date cell, `2.12.2026`). Texts come
 * out raw: the renderers neutralise them (cell-safety.ts) as they write.
 */
import { codeLabel } from '../../shared/code-labels.ts';
import { LANGUAGES, type Language } from '../../shared/codes.ts';
import { DEFAULT_CRITERIA_DEFINITIONS } from '../../shared/default-scoring.ts';
import type { HealthAssessment } from '../../shared/health.ts';
import type { Initiative } from '../../shared/initiative.ts';
import {
  type FieldDefinition,
  INITIATIVE_FIELD_REGISTRY,
  type RegistryField,
} from '../../shared/initiative-fields.ts';
import type { LocalizedText } from '../../shared/localized-text.ts';
import { fillMessage } from '../../shared/messages/lookup.ts';
import { sortMilestones } from '../../shared/milestone.ts';
import { exportTexts } from './export-texts.ts';

interface ColumnBase {
  /** Stable within a language and across them: `title.sv`, `ministryHealth.reason`. */
  key: string;
  header: string;
  /** A sheet column's width, in characters. */
  width: number;
}

/** A column, typed by what its cells hold; `null` is an empty cell. */
export type InitiativeColumn = ColumnBase &
  (
    | { type: 'text'; value: (initiative: Initiative) => string | null }
    /** An ISO date (`2026-12-02`). */
    | { type: 'date'; value: (initiative: Initiative) => string | null }
    | { type: 'timestamp'; value: (initiative: Initiative) => Date | null }
    /** Euros (not cents), maybe with cents as decimals. */
    | { type: 'euros'; value: (initiative: Initiative) => number | null }
    | { type: 'number'; value: (initiative: Initiative) => number | null }
  );
export type ColumnType = InitiativeColumn['type'];

// ---------------------------------------------------------------- dates as people read them

// Written by hand rather than by Intl: a 10,000-initiative pack formats some 100,000 dates.
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date inside a text: `2.12.2026` in Finnish and Swedish (as Finland writes it), `2 Dec 2026` in English. */
export function formatDate(isoDate: string, language: Language): string {
  const year = isoDate.slice(0, 4);
  const month = Number(isoDate.slice(5, 7));
  const day = Number(isoDate.slice(8, 10));
  return language === 'en' ? `${day} ${MONTHS_EN[month - 1]} ${year}` : `${day}.${month}.${year}`;
}

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Helsinki's offset from UTC at an instant, in milliseconds, by the time-zone database. */
function helsinkiOffset(instant: number): number {
  const parts = Object.fromEntries(
    HELSINKI_PARTS.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour,
    parts.minute,
    parts.second,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

const DAY_MS = 86_400_000;
/** The offset of each UTC day whose offset holds all day (every day but the two a year the clocks turn). */
const dayOffsets = new Map<number, number | null>();

/**
 * The Helsinki wall-clock time of an instant, as a Date whose UTC fields hold it. A spreadsheet
 * date has no time zone: exceljs writes a Date's UTC fields, so this is what a Finnish reader
 * expects to see. Intl is asked once per day (the clocks turn at most once a day), not per value.
 */
export function helsinkiWallClock(instant: Date): Date {
  const time = instant.getTime();
  const day = Math.floor(time / DAY_MS);
  let offset = dayOffsets.get(day);
  if (offset === undefined) {
    const [start, end] = [helsinkiOffset(day * DAY_MS), helsinkiOffset((day + 1) * DAY_MS)];
    offset = start === end ? start : null;
    if (dayOffsets.size > 50_000) dayOffsets.clear();
    dayOffsets.set(day, offset);
  }
  return new Date(time + (offset ?? helsinkiOffset(time)));
}

/** An ISO date as a spreadsheet date: midnight UTC, so exceljs writes the day itself. */
export function excelDate(isoDate: string): Date {
  const [year, month, day] = [isoDate.slice(0, 4), isoDate.slice(5, 7), isoDate.slice(8, 10)].map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** A timestamp inside a text: `1.12.2026 16.00` (Finnish and Swedish), `1 Dec 2026 16:00`, Helsinki time. */
export function formatTimestamp(instant: Date, language: Language): string {
  const wall = helsinkiWallClock(instant);
  const day = formatDate(wall.toISOString().slice(0, 10), language);
  const [hours, minutes] = [wall.getUTCHours(), String(wall.getUTCMinutes()).padStart(2, '0')];
  return language === 'en'
    ? `${day} ${String(hours).padStart(2, '0')}:${minutes}`
    : `${day} ${hours}.${minutes}`;
}

// ---------------------------------------------------------------- values by field kind

const joined = (values: readonly string[], separator = ', ') =>
  values.length === 0 ? null : values.join(separator);

function criterionName(key: string, language: Language): string {
  return DEFAULT_CRITERIA_DEFINITIONS.find((criterion) => criterion.key === key)?.name[language] ?? key;
}

/** The raw value of a registry field; `archived` is read from `archivedAt`. */
function read(initiative: Initiative, key: RegistryField): unknown {
  if (key === 'archived') return initiative.archivedAt !== null;
  return (initiative as unknown as Record<string, unknown>)[key];
}

function milestonesText(initiative: Initiative, language: Language): string | null {
  const done = exportTexts(language).done;
  return joined(
    sortMilestones(initiative.milestones).map(
      (m) => `${m.title} ${formatDate(m.dueDate, language)}${m.doneAt ? ` ${done}` : ''}`,
    ),
    '; ',
  );
}

function euImpactsText(initiative: Initiative, language: Language): string | null {
  return joined(
    initiative.euImpacts.map((impact) => {
      const relation = codeLabel(language, 'relation', impact.relation);
      const deadline = impact.deadline ? `, ${formatDate(impact.deadline, language)}` : '';
      return `${impact.euActShortName} (${relation}${deadline})${impact.note ? `: ${impact.note}` : ''}`;
    }),
    '; ',
  );
}

/** The columns of one registry field. */
function columnsOf(definition: FieldDefinition, language: Language): InitiativeColumn[] {
  const { key, kind } = definition;
  const header = definition.label[language];
  const texts = exportTexts(language);
  const text = (width: number, value: (i: Initiative) => string | null): InitiativeColumn => ({
    key,
    header,
    width,
    type: 'text',
    value,
  });
  switch (kind) {
    case 'text':
    case 'rank':
      return [text(key === 'id' ? 38 : 16, (i) => (read(i, key) as string | null) ?? null)];
    case 'texts':
      return [text(24, (i) => joined(read(i, key) as string[]))];
    case 'localizedText':
      return LANGUAGES.map((lang) => ({
        key: `${key}.${lang}`,
        header: `${header} (${texts.inLanguage[lang]})`,
        width: key === 'title' ? 40 : 60,
        type: 'text' as const,
        value: (i: Initiative) => (read(i, key) as LocalizedText)[lang] || null,
      }));
    case 'code': {
      const group = definition.codes;
      if (!group) throw new Error(`The field "${key}" has no code group.`);
      return [
        text(20, (i) => {
          const code = read(i, key) as string | null;
          return code === null ? null : codeLabel(language, group, code as never);
        }),
      ];
    }
    case 'codes': {
      const group = definition.codes;
      if (!group) throw new Error(`The field "${key}" has no code group.`);
      return [
        text(30, (i) =>
          joined((read(i, key) as string[]).map((c) => codeLabel(language, group, c as never))),
        ),
      ];
    }
    case 'ministry':
      return [text(10, (i) => read(i, key) as string)];
    case 'ministries':
      return [text(16, (i) => joined(read(i, key) as string[]))];
    case 'date':
      return [{ key, header, width: 12, type: 'date', value: (i) => read(i, key) as string | null }];
    case 'timestamp':
      return [{ key, header, width: 17, type: 'timestamp', value: (i) => read(i, key) as Date | null }];
    case 'money':
      return [
        {
          key,
          header,
          width: 15,
          type: 'euros',
          value: (i) => {
            const cents = read(i, key) as number | null;
            return cents === null ? null : cents / 100;
          },
        },
      ];
    case 'health': {
      const health = (i: Initiative) => read(i, key) as HealthAssessment;
      const part = (template: string) => fillMessage(template, { field: header });
      return [
        text(14, (i) => codeLabel(language, 'health', health(i).rating)),
        {
          ...text(40, (i) => health(i).reason),
          key: `${key}.reason`,
          header: part(texts.columns.healthReason),
        },
        {
          key: `${key}.date`,
          header: part(texts.columns.healthDate),
          width: 12,
          type: 'date',
          value: (i) => health(i).assessedOn,
        },
        { ...text(20, (i) => health(i).assessedBy), key: `${key}.by`, header: part(texts.columns.healthBy) },
      ];
    }
    case 'contact':
      return [
        text(24, (i) => i.contact?.name ?? null),
        {
          ...text(28, (i) => i.contact?.email ?? null),
          key: `${key}.email`,
          header: texts.columns.contactEmail,
        },
      ];
    case 'links':
      return [
        text(40, (i) =>
          joined(
            i.links.map((link) => `${link.label} (${link.url})`),
            '; ',
          ),
        ),
      ];
    case 'milestones':
      return [text(50, (i) => milestonesText(i, language))];
    case 'euImpacts':
      return [text(50, (i) => euImpactsText(i, language))];
    case 'scores':
      return [
        text(36, (i) =>
          joined(
            Object.entries(i.scores).map(
              ([criterion, score]) => `${criterionName(criterion, language)} ${score}`,
            ),
            '; ',
          ),
        ),
      ];
    case 'boolean':
      return [text(10, (i) => ((read(i, key) as boolean) ? texts.yes : texts.no))];
  }
}

/**
 * Every column of an initiative in `language`, in the registry's order, with the computed
 * weighted score after the scores and the nearest open EU deadline after the EU impacts.
 */
export function initiativeColumns(
  language: Language,
  fields: readonly FieldDefinition[] = INITIATIVE_FIELD_REGISTRY,
): InitiativeColumn[] {
  const texts = exportTexts(language);
  return fields.flatMap((definition) => {
    const columns = columnsOf(definition, language);
    if (definition.key === 'scores') {
      columns.push({
        key: 'weightedScore',
        header: texts.columns.weightedScore,
        width: 12,
        type: 'number',
        value: (i) => i.weightedScore,
      });
    }
    if (definition.key === 'euImpacts') {
      columns.push({
        key: 'nearestEuDeadline',
        header: texts.columns.nearestEuDeadline,
        width: 12,
        type: 'date',
        value: (i) => i.nearestEuDeadline,
      });
    }
    return columns;
  });
}
