import type { Shape } from '../../../../shared/message-shape.ts';
import type { quality as fi } from '../fi/quality.ts';

export const quality: Shape<typeof fi> = {
  nav: 'Data quality',
  title: 'Data quality',
};
