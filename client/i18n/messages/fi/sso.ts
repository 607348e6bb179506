export const sso = {
  signIn: 'Kirjaudu kertakirjautumisella',
};
