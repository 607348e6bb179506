/**
 * The field registry: every field of an initiative once, with its label in the three
 * languages, its kind and its visibility. History sentences, the conflict view, import
 * reports, the exports and the open-data feed read it, so a new field is added here and
 * everything that lists fields follows.
 */
import type { Language } from './codes.ts';
import type { InitiativeField } from './initiative.ts';

/** How a field's value is shaped; exports and the history choose their formatting by it. */
export type FieldKind =
  | 'text'
  | 'texts'
  | 'localizedText'
  | 'code'
  | 'codes'
  | 'ministry'
  | 'ministries'
  | 'date'
  | 'timestamp'
  | 'money'
  | 'health'
  | 'contact'
  | 'links'
  | 'milestones'
  | 'euImpacts'
  | 'rank'
  | 'scores'
  | 'boolean';

/**
 * Who may see a field outside digisalkku. `public`: in the open-data feed (as the government
 * project register publishes it); `internal`: every signed-in user; `restricted`: Digitoimisto's
 * own judgement (its assessment and the prioritisation), never published.
 */
export type FieldVisibility = 'public' | 'internal' | 'restricted';

/** Fields the system keeps beside the editable ones (the priority among them), which exports and history also name. */
export type SystemField = 'id' | 'tier' | 'rank' | 'scores' | 'archived' | 'createdAt' | 'updatedAt';
export type RegistryField = InitiativeField | SystemField;

export interface FieldDefinition {
  key: RegistryField;
  label: Record<Language, string>;
  kind: FieldKind;
  visibility: FieldVisibility;
  /** The code group of shared/code-labels.ts for `code` and `codes` fields. */
  codes?: 'status' | 'kind' | 'track' | 'theme' | 'stage' | 'tier' | 'funding';
}

const field = (
  key: RegistryField,
  kind: FieldKind,
  visibility: FieldVisibility,
  fi: string,
  sv: string,
  en: string,
  codes?: FieldDefinition['codes'],
): FieldDefinition => ({ key, kind, visibility, label: { fi, sv, en }, ...(codes ? { codes } : {}) });

/** In the order a person reads a record. */
export const INITIATIVE_FIELD_REGISTRY: readonly FieldDefinition[] = [
  field('id', 'text', 'public', 'Tunniste', 'Identifierare', 'Identifier'),
  field('projectNumber', 'text', 'public', 'Hanketunnus', 'Projektnummer', 'Project number'),
  field('caseNumbers', 'texts', 'public', 'Diaarinumerot', 'Diarienummer', 'Case numbers'),
  field('title', 'localizedText', 'public', 'Nimi', 'Namn', 'Title'),
  field('summary', 'localizedText', 'public', 'Tiivistelmä', 'Sammanfattning', 'Summary'),
  field('kind', 'code', 'public', 'Tyyppi', 'Typ', 'Kind', 'kind'),
  field('track', 'code', 'public', 'Linja', 'Linje', 'Track', 'track'),
  field('themes', 'codes', 'public', 'Teemat', 'Teman', 'Themes', 'theme'),
  field('leadMinistry', 'ministry', 'public', 'Vastuuministeriö', 'Ansvarigt ministerium', 'Lead ministry'),
  field(
    'participatingMinistries',
    'ministries',
    'public',
    'Osallistuvat ministeriöt',
    'Deltagande ministerier',
    'Participating ministries',
  ),
  field('status', 'code', 'public', 'Tila', 'Status', 'Status', 'status'),
  field(
    'preparationStage',
    'code',
    'public',
    'Valmisteluvaihe',
    'Beredningsskede',
    'Preparation stage',
    'stage',
  ),
  field(
    'ministryHealth',
    'health',
    'internal',
    'Vastuuministeriön tilannearvio',
    'Det ansvariga ministeriets lägesbedömning',
    "Lead ministry's assessment",
  ),
  field(
    'digitoimistoHealth',
    'health',
    'restricted',
    'Digitoimiston tilannearvio',
    'Digitalbyråns lägesbedömning',
    "Digital Office's assessment",
  ),
  field('tier', 'code', 'restricted', 'Prioriteettitaso', 'Prioritetsnivå', 'Tier', 'tier'),
  field(
    'rank',
    'rank',
    'restricted',
    'Järjestys prioriteettitasolla',
    'Rangordning inom prioritetsnivån',
    'Rank within the tier',
  ),
  field('scores', 'scores', 'restricted', 'Pisteytys', 'Poängsättning', 'Scores'),
  field('startDate', 'date', 'public', 'Alkamispäivä', 'Startdatum', 'Start date'),
  field('endDate', 'date', 'public', 'Päättymispäivä', 'Slutdatum', 'End date'),
  field('budgetCents', 'money', 'internal', 'Budjetti', 'Budget', 'Budget'),
  field(
    'fundingSources',
    'codes',
    'internal',
    'Rahoituslähteet',
    'Finansieringskällor',
    'Funding sources',
    'funding',
  ),
  field('contact', 'contact', 'internal', 'Yhteyshenkilö', 'Kontaktperson', 'Contact person'),
  field('links', 'links', 'internal', 'Linkit', 'Länkar', 'Links'),
  field('milestones', 'milestones', 'internal', 'Virstanpylväät', 'Milstolpar', 'Milestones'),
  field('euImpacts', 'euImpacts', 'public', 'EU-vaikutukset', 'EU-påverkan', 'EU impacts'),
  field('archived', 'boolean', 'internal', 'Arkistoitu', 'Arkiverad', 'Archived'),
  field('createdAt', 'timestamp', 'internal', 'Luotu', 'Skapad', 'Created'),
  field('updatedAt', 'timestamp', 'public', 'Päivitetty', 'Uppdaterad', 'Updated'),
];

const BY_KEY = new Map(INITIATIVE_FIELD_REGISTRY.map((definition) => [definition.key, definition]));

export function fieldDefinition(key: RegistryField): FieldDefinition {
  const definition = BY_KEY.get(key);
  if (!definition) throw new Error(`The field registry has no field "${key}".`);
  return definition;
}

/** A field's label in a language: "Vastuuministeriö", "Ansvarigt ministerium", "Lead ministry". */
export function fieldLabel(key: RegistryField, language: Language): string {
  return fieldDefinition(key).label[language];
}

/** The label of every field, per language, in the shape the client catalogue wants. */
export function fieldLabels(language: Language): Record<RegistryField, string> {
  return Object.fromEntries(INITIATIVE_FIELD_REGISTRY.map((d) => [d.key, d.label[language]])) as Record<
    RegistryField,
    string
  >;
}

/** The fields with the given visibility or a wider one: `public` → only public; `internal` → public and internal. */
export function fieldsVisibleAs(visibility: FieldVisibility): FieldDefinition[] {
  const order: FieldVisibility[] = ['public', 'internal', 'restricted'];
  return INITIATIVE_FIELD_REGISTRY.filter((d) => order.indexOf(d.visibility) <= order.indexOf(visibility));
}
