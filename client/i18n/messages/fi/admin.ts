export const admin = {
  nav: 'Käyttäjät',
};
