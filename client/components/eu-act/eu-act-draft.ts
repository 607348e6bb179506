/** The EU act form's state, its conversions, and validation with the shared schema. */
import type { EuActKind } from '../../../shared/codes.ts';
import { type EuActData, type EuActInput, euActInputSchema } from '../../../shared/eu-act.ts';
import type { MinistryCode } from '../../../shared/ministry.ts';
import type { MessageKey } from '../../i18n/catalogue.ts';
import { type FieldErrors, issueMessage } from '../form/field-errors.ts';
import { newRowKey } from '../form/RowList.tsx';

type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export const NAMED_DATES = [
  'adoptedOn',
  'entryIntoForceOn',
  'applicationOn',
  'transpositionDeadline',
] as const;
export type NamedDate = (typeof NAMED_DATES)[number];

export interface KeyDateRow {
  key: string;
  fi: string;
  sv: string;
  en: string;
  date: string;
}

export interface EuActDraft extends Record<NamedDate, string> {
  shortName: string;
  number: string;
  celex: string;
  kind: EuActKind;
  title: { fi: string; sv: string; en: string };
  finnishLead: MinistryCode | '';
  keyDates: KeyDateRow[];
}

export function emptyEuActDraft(): EuActDraft {
  return {
    shortName: '',
    number: '',
    celex: '',
    kind: 'regulation',
    title: { fi: '', sv: '', en: '' },
    adoptedOn: '',
    entryIntoForceOn: '',
    applicationOn: '',
    transpositionDeadline: '',
    finnishLead: '',
    keyDates: [],
  };
}

export function euActDraftFromData(act: EuActData): EuActDraft {
  return {
    shortName: act.shortName,
    number: act.number ?? '',
    celex: act.celex ?? '',
    kind: act.kind,
    title: { fi: act.title.fi, sv: act.title.sv ?? '', en: act.title.en ?? '' },
    adoptedOn: act.adoptedOn ?? '',
    entryIntoForceOn: act.entryIntoForceOn ?? '',
    applicationOn: act.applicationOn ?? '',
    transpositionDeadline: act.transpositionDeadline ?? '',
    finnishLead: act.finnishLead ?? '',
    keyDates: act.keyDates.map((d) => ({
      key: newRowKey(),
      fi: d.label.fi,
      sv: d.label.sv ?? '',
      en: d.label.en ?? '',
      date: d.date,
    })),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

export function euActDraftToInput(draft: EuActDraft): EuActInput {
  return {
    shortName: draft.shortName,
    number: orNull(draft.number),
    celex: orNull(draft.celex),
    kind: draft.kind,
    title: { fi: draft.title.fi, sv: orNull(draft.title.sv), en: orNull(draft.title.en) },
    adoptedOn: orNull(draft.adoptedOn),
    entryIntoForceOn: orNull(draft.entryIntoForceOn),
    applicationOn: orNull(draft.applicationOn),
    transpositionDeadline: orNull(draft.transpositionDeadline),
    finnishLead: draft.finnishLead === '' ? null : draft.finnishLead,
    keyDates: draft.keyDates.map((d) => ({
      label: { fi: d.fi, sv: orNull(d.sv), en: orNull(d.en) },
      date: d.date,
    })),
  };
}

/** Key-date errors belong to their row's inputs: `keyDates.0.label.fi` → `keyDates.0.fi`. */
export const euActTarget = (path: string) =>
  path.replace(/^keyDates\.(\d+)\.label\.(fi|sv|en)$/, 'keyDates.$1.$2');

function add(errors: FieldErrors, path: string, message: string): void {
  const target = euActTarget(path);
  if (!errors[target]?.includes(message)) errors[target] = [...(errors[target] ?? []), message];
}

export function validateEuActDraft(
  draft: EuActDraft,
  t: Translate,
): { data: EuActData | null; errors: FieldErrors } {
  const input = euActDraftToInput(draft);
  const result = euActInputSchema.safeParse(input);
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues)
      add(errors, issue.path.map(String).join('.'), issueMessage(issue, input, t));
  }
  return { data: result.success ? result.data : null, errors };
}

export function euActServerErrors(raw: Record<string, string[]>): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(raw)) {
    for (const message of messages) add(errors, path === '(input)' ? 'form' : path, message);
  }
  return errors;
}
