import type { Shape } from '../../../../shared/message-shape.ts';
import type { sso as fi } from '../fi/sso.ts';

export const sso: Shape<typeof fi> = {
  signIn: 'Logga in med enkel inloggning',
  orPassword: 'eller logga in med användarnamn och lösenord',
  errors: {
    state:
      'Den enkla inloggningen gick ut eller avbröts (till exempel med bakåtknappen eller i en annan flik). Börja om inloggningen.',
    denied: 'Den enkla inloggningen avbröts i identifieringstjänsten. Du kan börja om den.',
    failed:
      'Svaret från identifieringstjänsten kunde inte godkännas, så inloggningen misslyckades. Försök igen och berätta för administratören om felet upprepas.',
    unavailable:
      'Identifieringstjänsten eller digiportföljens databas svarar inte just nu. Försök igen om en stund.',
    noRole:
      'Identifieringstjänsten gav dig ingen behörighet till digiportföljen. Be din organisations administratör att koppla dig till en roll i digiportföljen.',
    noMinistry:
      'Behörigheten som redigerare kräver uppgift om ministerium, som identifieringstjänsten inte gav. Be din organisations administratör att lägga till ditt ministerium i ditt konto.',
    disabled: 'Ditt användarkonto i digiportföljen har inaktiverats. Kontakta digiportföljens administratör.',
  },
};
