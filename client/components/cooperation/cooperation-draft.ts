/** The body and benchmark forms' state, its conversions, and validation with the shared schemas. */
import type { z } from 'zod';
import { type BenchmarkData, type BenchmarkInput, benchmarkInputSchema } from '../../../shared/benchmark.ts';
import type {
  BenchmarkCycle,
  BodyOrganisation,
  MeetingRhythm,
  RepresentativeRole,
} from '../../../shared/codes.ts';
import { type BodyData, type BodyInput, bodyInputSchema } from '../../../shared/cooperation-body.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { type FieldErrors, issueMessage } from '../form/field-errors.ts';
import { newRowKey } from '../form/RowList.tsx';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export interface LinkRow {
  key: string;
  label: string;
  url: string;
}

export interface RepresentativeRow {
  key: string;
  name: string;
  organisation: string;
  role: RepresentativeRole;
}

interface Names {
  fi: string;
  sv: string;
  en: string;
}

export interface BodyDraft {
  shortName: string;
  name: Names;
  organisation: BodyOrganisation;
  ministry: MinistryCode;
  agency: string;
  contactName: string;
  contactEmail: string;
  representatives: RepresentativeRow[];
  mandateStart: string;
  mandateEnd: string;
  meetingRhythm: MeetingRhythm | '';
  nextMeetingOn: string;
  links: LinkRow[];
  euActId: string;
}

export interface BenchmarkDraft {
  shortName: string;
  name: Names;
  publisher: string;
  cycle: BenchmarkCycle;
  nextPublicationOn: string;
  scoreScale: string;
  links: LinkRow[];
}

const orNull = (value: string) => (value.trim() === '' ? null : value);
const names = (name: { fi: string; sv: string | null; en: string | null }): Names => ({
  fi: name.fi,
  sv: name.sv ?? '',
  en: name.en ?? '',
});
const namesToInput = (name: Names) => ({ fi: name.fi, sv: orNull(name.sv), en: orNull(name.en) });
const linkRows = (links: readonly { label: string; url: string }[]): LinkRow[] =>
  links.map((l) => ({ key: newRowKey(), label: l.label, url: l.url }));
const linksToInput = (rows: readonly LinkRow[]) => rows.map(({ label, url }) => ({ label, url }));

export const newLinkRow = (): LinkRow => ({ key: newRowKey(), label: '', url: '' });
export const newRepresentativeRow = (): RepresentativeRow => ({
  key: newRowKey(),
  name: '',
  organisation: '',
  role: 'member',
});

export function bodyDraftFromData(body: BodyData | null): BodyDraft {
  return {
    shortName: body?.shortName ?? '',
    name: body ? names(body.name) : { fi: '', sv: '', en: '' },
    organisation: body?.organisation ?? 'european_commission',
    ministry: body?.ministry ?? 'VM',
    agency: body?.agency ?? '',
    contactName: body?.contact?.name ?? '',
    contactEmail: body?.contact?.email ?? '',
    representatives: (body?.representatives ?? []).map((r) => ({
      key: newRowKey(),
      name: r.name,
      organisation: r.organisation ?? '',
      role: r.role,
    })),
    mandateStart: body?.mandateStart ?? '',
    mandateEnd: body?.mandateEnd ?? '',
    meetingRhythm: body?.meetingRhythm ?? '',
    nextMeetingOn: body?.nextMeetingOn ?? '',
    links: linkRows(body?.links ?? []),
    euActId: body?.euActId ?? '',
  };
}

export function bodyDraftToInput(draft: BodyDraft): BodyInput {
  const contact =
    draft.contactName.trim() === '' && draft.contactEmail.trim() === ''
      ? null
      : { name: draft.contactName, email: orNull(draft.contactEmail) };
  return {
    shortName: draft.shortName,
    name: namesToInput(draft.name),
    organisation: draft.organisation,
    ministry: draft.ministry,
    agency: orNull(draft.agency),
    contact,
    representatives: draft.representatives.map((r) => ({
      name: r.name,
      organisation: orNull(r.organisation),
      role: r.role,
    })),
    mandateStart: orNull(draft.mandateStart),
    mandateEnd: orNull(draft.mandateEnd),
    meetingRhythm: draft.meetingRhythm === '' ? null : draft.meetingRhythm,
    nextMeetingOn: orNull(draft.nextMeetingOn),
    links: linksToInput(draft.links),
    euActId: orNull(draft.euActId),
  };
}

export function benchmarkDraftFromData(benchmark: BenchmarkData | null): BenchmarkDraft {
  return {
    shortName: benchmark?.shortName ?? '',
    name: benchmark ? names(benchmark.name) : { fi: '', sv: '', en: '' },
    publisher: benchmark?.publisher ?? '',
    cycle: benchmark?.cycle ?? 'yearly',
    nextPublicationOn: benchmark?.nextPublicationOn ?? '',
    scoreScale: benchmark?.scoreScale ?? '',
    links: linkRows(benchmark?.links ?? []),
  };
}

export function benchmarkDraftToInput(draft: BenchmarkDraft): BenchmarkInput {
  return {
    shortName: draft.shortName,
    name: namesToInput(draft.name),
    publisher: draft.publisher,
    cycle: draft.cycle,
    nextPublicationOn: orNull(draft.nextPublicationOn),
    scoreScale: orNull(draft.scoreScale),
    links: linksToInput(draft.links),
  };
}

/** The contact's errors belong to its two inputs: `contact.name` → `contactName`. */
export const cooperationTarget = (path: string) =>
  path === 'contact.name' ? 'contactName' : path === 'contact.email' ? 'contactEmail' : path;

function add(errors: FieldErrors, path: string, message: string): void {
  const target = cooperationTarget(path);
  if (!errors[target]?.includes(message)) errors[target] = [...(errors[target] ?? []), message];
}

/** Checks a converted draft with its shared schema: the data to send, or the errors by field. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  t: Translate,
  message: (issue: z.core.$ZodIssue) => string | null = () => null,
): { data: z.output<S> | null; errors: FieldErrors } {
  const result = schema.safeParse(input);
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues)
      add(errors, issue.path.map(String).join('.'), message(issue) ?? issueMessage(issue, input, t));
  }
  return { data: result.success ? result.data : null, errors };
}

export const validateBodyDraft = (draft: BodyDraft, t: Translate) =>
  validateWith(bodyInputSchema, bodyDraftToInput(draft), t);

export const validateBenchmarkDraft = (draft: BenchmarkDraft, t: Translate) =>
  validateWith(benchmarkInputSchema, benchmarkDraftToInput(draft), t);

/** The server's field errors by the form's targets; a message on the whole input goes to the form. */
export function cooperationServerErrors(raw: Record<string, string[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(raw)) {
    for (const message of messages) add(errors, path === '(input)' || path === '' ? 'form' : path, message);
  }
  return errors;
}

/** A decimal as people type it here ("69,1" or "69.1"): null when empty, NaN when it is no number. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}
