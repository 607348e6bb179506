import type { Shape } from './shape.ts';

// Filled by the screens of this area; every key in fi must exist in sv and en.
const fi = {} as const;
const sv: Shape<typeof fi> = {};
const en: Shape<typeof fi> = {};

export const initiative = { fi, sv, en };
