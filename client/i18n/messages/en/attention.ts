import type { Shape } from '../../../../shared/message-shape.ts';
import type { attention as fi } from '../fi/attention.ts';

export const attention: Shape<typeof fi> = {
  nav: 'Needs attention',
  title: 'Initiatives that need attention',
};
