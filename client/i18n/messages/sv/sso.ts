import type { Shape } from '../../../../shared/message-shape.ts';
import type { sso as fi } from '../fi/sso.ts';

export const sso: Shape<typeof fi> = {
  signIn: 'Logga in med enkel inloggning',
};
