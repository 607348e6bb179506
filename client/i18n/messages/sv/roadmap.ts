import type { Shape } from '../../../../shared/message-shape.ts';
import type { roadmap as fi } from '../fi/roadmap.ts';

export const roadmap: Shape<typeof fi> = {
  nav: 'Tidslinje',
  title: 'Projektens tidslinje',
};
