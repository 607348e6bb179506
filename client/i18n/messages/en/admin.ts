import type { Shape } from '../../../../shared/message-shape.ts';
import type { admin as fi } from '../fi/admin.ts';

export const admin: Shape<typeof fi> = {
  nav: 'Users',
};
