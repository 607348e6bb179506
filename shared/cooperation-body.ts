import { z } from 'zod';
import {
  type BodyOrganisation,
  type BodyRelation,
  bodyOrganisationSchema,
  bodyRelationSchema,
  meetingRhythmSchema,
  representativeRoleSchema,
} from './codes.ts';
import { isoDateSchema } from './dates.ts';
import { idSchema } from './id.ts';
import { contactSchema, linkSchema } from './initiative.ts';
import { type LocalizedText, localizedTextSchema, MAX_TITLE_LENGTH } from './localized-text.ts';
import { type MinistryCode, ministryCodeSchema } from './ministry.ts';
import { textSchema } from './text.ts';
import { vm } from './validation-messages.ts';

const optionalText = (max: number) =>
  textSchema()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => v || null);

const optionalDate = isoDateSchema.nullish().transform((v) => v ?? null);

/** One of Finland's people in a body: who, from where, and in what seat. */
export const representativeSchema = z.object({
  name: textSchema()
    .trim()
    .min(1, { error: () => vm('contactName') })
    .max(200),
  organisation: optionalText(200),
  role: representativeRoleSchema,
});
export type Representative = z.infer<typeof representativeSchema>;

/**
 * A body or programme of international cooperation Finland takes part in (OECD E-Leaders, the
 * Interoperable Europe Board, MR-DIGITAL…): who it belongs to, who represents Finland, when it
 * meets. Coordinators keep the catalogue.
 */
export const bodyInputSchema = z
  .object({
    shortName: textSchema()
      .trim()
      .min(1, { error: () => vm('shortNameRequired') })
      .max(80),
    name: localizedTextSchema(MAX_TITLE_LENGTH),
    organisation: bodyOrganisationSchema,
    ministry: ministryCodeSchema,
    agency: optionalText(200),
    contact: contactSchema.nullish().transform((v) => v ?? null),
    representatives: z.array(representativeSchema).max(30).default([]),
    mandateStart: optionalDate,
    mandateEnd: optionalDate,
    meetingRhythm: meetingRhythmSchema.nullish().transform((v) => v ?? null),
    nextMeetingOn: optionalDate,
    links: z.array(linkSchema).max(20).default([]),
    euActId: idSchema()
      .nullish()
      .transform((v) => v ?? null),
  })
  .superRefine((body, ctx) => {
    if (body.mandateStart && body.mandateEnd && body.mandateEnd < body.mandateStart)
      ctx.addIssue({ code: 'custom', path: ['mandateEnd'], message: vm('mandateEndBeforeStart') });
  });
export type BodyInput = z.input<typeof bodyInputSchema>;
export type BodyData = z.output<typeof bodyInputSchema>;

/** The fields compared for a body's history, in reading order. */
export const BODY_FIELDS = [
  'shortName',
  'name',
  'organisation',
  'ministry',
  'agency',
  'contact',
  'representatives',
  'mandateStart',
  'mandateEnd',
  'meetingRhythm',
  'nextMeetingOn',
  'links',
  'euActId',
] as const satisfies readonly (keyof BodyData)[];

export interface Body extends BodyData {
  id: string;
  version: number;
}

/** A body as a link or a list names it. */
export interface BodyRef {
  id: string;
  shortName: string;
  name: LocalizedText;
  organisation: BodyOrganisation;
}

/** One row of the catalogue: the body, its EU act's short name and its active initiatives by relation. */
export interface BodySummary extends Body {
  euActShortName: string | null;
  linked: Record<BodyRelation, number>;
}

/** An initiative as a body's page lists it. */
export interface BodyInitiative {
  linkId: string;
  id: string;
  title: LocalizedText;
  leadMinistry: MinistryCode;
  status: string;
  relation: BodyRelation;
  note: string | null;
  archived: boolean;
}

export interface BodyDetails extends Body {
  euAct: { id: string; shortName: string } | null;
  initiatives: BodyInitiative[];
}

/** A link from an initiative to a body, as written by its editors. */
export const bodyLinkInputSchema = z.object({
  initiativeId: idSchema(),
  bodyId: idSchema(),
  relation: bodyRelationSchema,
  note: optionalText(1000),
});
export type BodyLinkInput = z.input<typeof bodyLinkInputSchema>;

export interface BodyLink {
  id: string;
  relation: BodyRelation;
  note: string | null;
  body: BodyRef;
}
