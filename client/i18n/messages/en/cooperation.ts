import type { Shape } from '../../../../shared/message-shape.ts';
import type { cooperation as fi } from '../fi/cooperation.ts';

export const cooperation: Shape<typeof fi> = {
  title: 'International cooperation',
};
