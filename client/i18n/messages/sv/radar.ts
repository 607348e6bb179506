import type { Shape } from '../../../../shared/message-shape.ts';
import type { radar as fi } from '../fi/radar.ts';

export const radar: Shape<typeof fi> = {
  nav: 'EU-radar',
  title: 'Radar för EU-tidsfrister',
};
