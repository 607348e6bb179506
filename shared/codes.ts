/**
 * The closed vocabularies of the domain. Each list is the single source of truth:
 * zod schemas, database checks, i18n keys and import mappings are all derived from these.
 */
import { z } from 'zod';

export { LANGUAGES, type Language } from './language.ts';

export const INITIATIVE_KINDS = [
  'law_drafting',
  'programme_strategy',
  'development_project',
  'working_group',
  'eu_negotiation',
  'international_cooperation',
  'funding_instrument',
] as const;
export const initiativeKindSchema = z.enum(INITIATIVE_KINDS);
export type InitiativeKind = z.infer<typeof initiativeKindSchema>;

/** The two tracks of the ministerial working group. */
export const TRACKS = ['digitalisation_data_economy', 'public_administration'] as const;
export const trackSchema = z.enum(TRACKS);
export type Track = z.infer<typeof trackSchema>;

export const THEMES = [
  'data_economy',
  'ai',
  'cybersecurity',
  'connectivity',
  'digital_identity',
  'interoperability',
  'public_services',
  'skills',
  'open_data',
  'health_data',
  'platforms',
  'research_innovation',
] as const;
export const themeSchema = z.enum(THEMES);
export type Theme = z.infer<typeof themeSchema>;

export const STATUSES = ['planned', 'preparation', 'ongoing', 'completed', 'paused', 'cancelled'] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

/** Stages of law drafting as the government project register (Hankeikkuna) names them. */
export const PREPARATION_STAGES = [
  'pre_preparation',
  'preparation',
  'consultation',
  'further_preparation',
  'government_decision',
  'parliament',
  'confirmation',
  'done',
  'suspended',
] as const;
export const preparationStageSchema = z.enum(PREPARATION_STAGES);
export type PreparationStage = z.infer<typeof preparationStageSchema>;

export const HEALTH_RATINGS = ['green', 'amber', 'red', 'not_assessed'] as const;
export const healthRatingSchema = z.enum(HEALTH_RATINGS);
export type HealthRating = z.infer<typeof healthRatingSchema>;

export const TIERS = ['critical', 'high', 'medium', 'low', 'unprioritised'] as const;
export const tierSchema = z.enum(TIERS);
export type Tier = z.infer<typeof tierSchema>;

export const FUNDING_SOURCES = [
  'national_budget',
  'eu_rrf',
  'digital_europe',
  'cef',
  'horizon_europe',
  'other',
] as const;
export const fundingSourceSchema = z.enum(FUNDING_SOURCES);
export type FundingSource = z.infer<typeof fundingSourceSchema>;

export const EU_RELATIONS = ['implements', 'influences', 'funded_by', 'affected_by', 'reports_to'] as const;
export const euRelationSchema = z.enum(EU_RELATIONS);
export type EuRelation = z.infer<typeof euRelationSchema>;

export const EU_ACT_KINDS = [
  'regulation',
  'directive',
  'decision',
  'implementing_act',
  'programme',
  'strategy',
  'proposal',
] as const;
export const euActKindSchema = z.enum(EU_ACT_KINDS);
export type EuActKind = z.infer<typeof euActKindSchema>;

/** Who a cooperation body belongs to: the organisation Finland takes part in it through. */
export const BODY_ORGANISATIONS = [
  'eu_council',
  'european_commission',
  'eu_act_board',
  'oecd',
  'ica',
  'un',
  'nordic_council_of_ministers',
  'bilateral',
  'other',
] as const;
export const bodyOrganisationSchema = z.enum(BODY_ORGANISATIONS);
export type BodyOrganisation = z.infer<typeof bodyOrganisationSchema>;

/** How an initiative is tied to a cooperation body. */
export const BODY_RELATIONS = ['participates_in', 'reports_to', 'chairs', 'prepares_position'] as const;
export const bodyRelationSchema = z.enum(BODY_RELATIONS);
export type BodyRelation = z.infer<typeof bodyRelationSchema>;

/** How often a body meets. */
export const MEETING_RHYTHMS = ['monthly', 'quarterly', 'twice_a_year', 'yearly', 'as_needed'] as const;
export const meetingRhythmSchema = z.enum(MEETING_RHYTHMS);
export type MeetingRhythm = z.infer<typeof meetingRhythmSchema>;

/** What a Finnish representative is in a body. */
export const REPRESENTATIVE_ROLES = [
  'member',
  'deputy',
  'chair',
  'vice_chair',
  'observer',
  'expert',
] as const;
export const representativeRoleSchema = z.enum(REPRESENTATIVE_ROLES);
export type RepresentativeRole = z.infer<typeof representativeRoleSchema>;

/** How often a benchmark is published. */
export const BENCHMARK_CYCLES = ['yearly', 'every_two_years', 'irregular'] as const;
export const benchmarkCycleSchema = z.enum(BENCHMARK_CYCLES);
export type BenchmarkCycle = z.infer<typeof benchmarkCycleSchema>;
