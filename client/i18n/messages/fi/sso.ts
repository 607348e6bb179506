/** Single sign-on (OpenID Connect) on the sign-in page; the error keys are the server's `?sso=` codes. */
export const sso = {
  signIn: 'Kirjaudu kertakirjautumisella',
  orPassword: 'tai kirjaudu käyttäjätunnuksella ja salasanalla',
  errors: {
    state:
      'Kertakirjautuminen vanheni tai keskeytyi (esimerkiksi takaisin-painikkeella tai toisessa välilehdessä). Aloita kirjautuminen uudelleen.',
    denied: 'Kertakirjautuminen peruttiin tunnistuspalvelussa. Voit aloittaa sen uudelleen.',
    failed:
      'Tunnistuspalvelun vastausta ei voitu hyväksyä, joten kirjautuminen epäonnistui. Yritä uudelleen ja kerro ylläpitäjälle, jos virhe toistuu.',
    unavailable:
      'Tunnistuspalvelu tai digisalkun tietokanta ei vastaa juuri nyt. Yritä hetken kuluttua uudelleen.',
    noRole:
      'Tunnistuspalvelu ei antanut sinulle digisalkun käyttöoikeutta. Pyydä organisaatiosi ylläpitäjää liittämään sinut digisalkun rooliin.',
    noMinistry:
      'Muokkaajan oikeus edellyttää ministeriötietoa, jota tunnistuspalvelu ei antanut. Pyydä organisaatiosi ylläpitäjää lisäämään ministeriösi tunnukseesi.',
    disabled: 'Käyttäjätunnuksesi digisalkussa on poistettu käytöstä. Ota yhteyttä digisalkun ylläpitäjään.',
  },
};
