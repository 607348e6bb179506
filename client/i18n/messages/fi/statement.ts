/**
 * The accessibility statement (/accessibility) required by the Act on the Provision of Digital
 * Services (306/2019), in the order of the Finnish model statement, and the footer of every page
 * that links to it. The e-mail address, the dates and the web address come from
 * client/lib/accessibility-statement.ts.
 */
export const statement = {
  footer: {
    statement: 'Saavutettavuusseloste',
    feedback: 'Saavutettavuuspalaute:',
  },
  title: 'Saavutettavuusseloste',
  service: {
    heading: 'Mitä seloste koskee',
    text: 'Tämä saavutettavuusseloste koskee digisalkkua, digitalisaation, datatalouden ja datapolitiikan hankkeiden tilannekuvaa. Digisalkku kuuluu Digitoimistolle, joka on liikenne- ja viestintäministeriön, valtiovarainministeriön sekä työ- ja elinkeinoministeriön yhteistyöryhmä.',
    law: 'Palvelua koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), joka edellyttää, että julkisten digitaalisten palvelujen on oltava saavutettavia.',
  },
  compliance: {
    heading: 'Palvelun saavutettavuuden tila',
    text: 'Digisalkku täyttää WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuuskriteerit. Olemme tarkistaneet sen näin:',
    axe: 'jokainen sivu tarkistetaan eri tiloissaan automaattisella axe-saavutettavuustestillä suomeksi, ruotsiksi ja englanniksi',
    keyboard: 'palvelun toimintoja testataan pelkällä näppäimistöllä',
    reflow:
      'jokainen sivu testataan 320 pikselin levyisessä näkymässä: sisältö mahtuu näytölle ilman sivusuuntaista vieritystä.',
    limitations: 'Tunnetut rajoitukset ja niiden vaihtoehdot on kerrottu alla.',
  },
  limitations: {
    heading: 'Ei-saavutettava sisältö ja tunnetut rajoitukset',
    exports:
      'Ladattavat tiedostot eivät ole saavutettavia asiakirjoja. PDF-tiedostoa ei ole rakennemerkitty (tagged PDF), joten ruudunlukija ei tunnista sen otsikoita, taulukoita eikä lukujärjestystä. Tiedostossa on kuitenkin oikeaa tekstiä, jota voi valita ja hakea, sekä asiakirjan kieli ja otsikko, ja kaavioiden luvut on annettu myös taulukkona. PowerPoint-esityksen (PPTX) kaavioilla on tekstivastine, mutta diojen otsikot ovat tavallisia tekstiruutuja, joita apuvälineet eivät tunnista otsikoiksi. Excel-työkirjojen (XLSX) saavutettavuutta ei ole tarkistettu.',
    exportsAlternative:
      'Samat tiedot ovat saavutettavassa muodossa palvelun sivuilla: hankelistassa, tilannekuvassa, priorisointitaululla ja tallennetuissa tilannekuvissa.',
    board:
      'Priorisointitaululla kortteja voi siirtää vetämällä, mutta vetäminen ei ole ainoa tapa. Jokaisen siirron voi tehdä myös näppäimistöllä (kortin kahva, välilyönti, nuolinäppäimet ja uudelleen välilyönti) tai ilman vetämistä kortin {{move}}-painikkeella avautuvassa ikkunassa.',
    timelines:
      'Aikajana ja EU-tutka esittävät tietoa kahdessa ulottuvuudessa, joten kapealla näytöllä ne vierivät sivusuunnassa omassa kehyksessään. Muu sivu ei vieri sivusuunnassa, ja samat tiedot saa myös luettelona (”{{roadmapList}}”, ”{{radarList}}”).',
  },
  method: {
    heading: 'Selosteen laatiminen',
    text: 'Seloste on laadittu {{prepared}}, ja se on päivitetty viimeksi {{updated}}.',
    assessment:
      'Seloste perustuu itsearvioon: palvelun kehittäjät ovat arvioineet saavutettavuuden itse yllä kerrotuilla testeillä.',
  },
  feedback: {
    heading: 'Anna palautetta saavutettavuudesta',
    text: 'Huomasitko saavutettavuuspuutteen, tai etkö saanut jotakin tietoa saavutettavassa muodossa? Kerro siitä meille, niin teemme parhaamme puutteen korjaamiseksi.',
    email: 'Sähköposti:',
    reply: 'Vastaamme 14 päivän kuluessa.',
  },
  enforcement: {
    heading: 'Valvontaviranomainen',
    text: 'Jos huomaat palvelussa saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan 14 päivän kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle.',
    authority:
      'Valvontaviranomainen on 1.1.2026 alkaen Lupa- ja valvontavirasto. Sen verkkosivuilla kerrotaan, miten ilmoituksen voi tehdä ja miten asia käsitellään.',
    name: 'Lupa- ja valvontavirasto',
    web: 'Verkkosivut:',
  },
} as const;
