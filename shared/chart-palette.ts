import type { EuRelation, FundingSource, HealthRating, Status } from './codes.ts';
import type { FundingBucket } from './overview.ts';

/**
 * The charts' series: a colour of at least 3:1 on white (WCAG 1.4.11, held by palette.test.ts),
 * from a colour-blind-safe set (Okabe–Ito, darkened), and a pattern of its own, so no series is
 * told by colour alone; every chart also names its series in a legend and a table.
 */
export const PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'crosshatch',
  'horizontal',
  'vertical',
  'backslash',
  'grid',
] as const;
export type Pattern = (typeof PATTERNS)[number];

export interface SeriesStyle {
  colour: string;
  pattern: Pattern;
}

export const STATUS_STYLES: Record<Status, SeriesStyle> = {
  planned: { colour: '#a8508a', pattern: 'dots' },
  preparation: { colour: '#6a3fb5', pattern: 'diagonal' },
  ongoing: { colour: '#0072b2', pattern: 'solid' },
  paused: { colour: '#8c6d00', pattern: 'horizontal' },
  completed: { colour: '#007d5a', pattern: 'crosshatch' },
  cancelled: { colour: '#5f686d', pattern: 'vertical' },
};

/** The health badges' own colours (styles.css), with a pattern each. */
export const HEALTH_STYLES: Record<HealthRating, SeriesStyle> = {
  green: { colour: '#078f6c', pattern: 'solid' },
  amber: { colour: '#8a5a00', pattern: 'diagonal' },
  red: { colour: '#c3103f', pattern: 'crosshatch' },
  not_assessed: { colour: '#5f686d', pattern: 'dots' },
};

export const FUNDING_STYLES: Record<FundingBucket, SeriesStyle> = {
  national_budget: { colour: '#0072b2', pattern: 'solid' },
  eu_rrf: { colour: '#6a3fb5', pattern: 'diagonal' },
  digital_europe: { colour: '#007d5a', pattern: 'crosshatch' },
  cef: { colour: '#d55e00', pattern: 'horizontal' },
  horizon_europe: { colour: '#a8508a', pattern: 'dots' },
  other: { colour: '#8c6d00', pattern: 'vertical' },
  several: { colour: '#4d4d4d', pattern: 'backslash' },
  none: { colour: '#5f686d', pattern: 'grid' },
} satisfies Record<FundingSource | 'several' | 'none', SeriesStyle>;

export const RELATION_STYLES: Record<EuRelation, SeriesStyle> = {
  implements: { colour: '#0072b2', pattern: 'solid' },
  influences: { colour: '#d55e00', pattern: 'diagonal' },
  funded_by: { colour: '#007d5a', pattern: 'crosshatch' },
  affected_by: { colour: '#a8508a', pattern: 'dots' },
  reports_to: { colour: '#8c6d00', pattern: 'horizontal' },
};

export const SINGLE_STYLE: SeriesStyle = { colour: '#0072b2', pattern: 'solid' };

export const ALL_STYLES: Record<string, Record<string, SeriesStyle>> = {
  status: STATUS_STYLES,
  health: HEALTH_STYLES,
  funding: FUNDING_STYLES,
  relation: RELATION_STYLES,
  single: { single: SINGLE_STYLE },
};
