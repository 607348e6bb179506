/**
 * How the synthetic portfolio (bench/portfolio.ts) spreads over the codes: relative weights,
 * after a real portfolio's shape. LVM, VM and TEM (the Digitoimisto ministries) lead about half
 * of it, most work is ongoing, a fifth of the health assessments are not made.
 */
import type { HealthRating, InitiativeKind, Status, Tier } from '../shared/codes.ts';
import type { MinistryCode } from '../shared/ministry.ts';

export const LEAD_WEIGHTS: [MinistryCode, number][] = [
  ['LVM', 18],
  ['VM', 20],
  ['TEM', 14],
  ['VNK', 3],
  ['UM', 4],
  ['OM', 5],
  ['SM', 6],
  ['PLM', 4],
  ['OKM', 8],
  ['MMM', 5],
  ['STM', 8],
  ['YM', 5],
];
export const KIND_WEIGHTS: [InitiativeKind, number][] = [
  ['law_drafting', 18],
  ['programme_strategy', 14],
  ['development_project', 38],
  ['working_group', 9],
  ['eu_negotiation', 10],
  ['international_cooperation', 5],
  ['funding_instrument', 6],
];
export const STATUS_WEIGHTS: [Status, number][] = [
  ['planned', 12],
  ['preparation', 18],
  ['ongoing', 45],
  ['completed', 15],
  ['paused', 5],
  ['cancelled', 5],
];
export const HEALTH_WEIGHTS: [HealthRating, number][] = [
  ['green', 40],
  ['amber', 28],
  ['red', 10],
  ['not_assessed', 22],
];
export const TIER_WEIGHTS: [Tier, number][] = [
  ['critical', 5],
  ['high', 15],
  ['medium', 25],
  ['low', 15],
  ['unprioritised', 40],
];
