import type { Shape } from '../../../../shared/message-shape.ts';
import type { overview as fi } from '../fi/overview.ts';

export const overview: Shape<typeof fi> = {
  nav: 'Overview',
  title: 'Overview',
};
