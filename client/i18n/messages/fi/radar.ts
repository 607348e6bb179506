/** The EU deadline radar (/radar). */
export const radar = {
  nav: 'EU-tutka',
  title: 'EU-määräaikojen tutka',
  intro:
    'EU-säädösten keskeiset päivämäärät puoli vuotta taaksepäin ja kaksi vuotta eteenpäin sekä kansalliset hankkeet, jotka vastaavat niihin.',
  summary: {
    one: '{{count}} EU-määräaika seuraavan {{months}} kuukauden aikana, josta {{gaps}} ilman kansallista hanketta.',
    other:
      '{{count}} EU-määräaikaa seuraavan {{months}} kuukauden aikana, joista {{gaps}} ilman kansallista hanketta.',
  },
  summaryPast: 'Kuluneen {{months}} kuukauden aikana niitä oli {{count}}, joista {{gaps}} ilman hanketta.',
  filterNote:
    'Aukot lasketaan kaikista aktiivisista hankkeista; rajaukset vain karsivat näytettäviä hankkeita.',
  showList: 'Näytä luettelona',
  chartLabel: 'EU-määräajat {{from}}–{{to}}',
  keyboardHint: 'Nuolinäppäimet siirtävät päivämäärästä toiseen; Enter tai välilyönti avaa tiedot.',
  empty: 'Aikavälillä ei ole EU-määräaikoja.',
  today: 'Tänään',
  past: 'mennyt',
  kind: {
    application: 'Soveltaminen alkaa',
    transposition: 'Täytäntöönpanon määräaika',
    entryIntoForce: 'Voimaantulo',
    keyDate: 'Muu keskeinen päivämäärä',
  },
  state: {
    gap: 'Ei kansallista hanketta',
    planned: 'Suunnitteilla tai keskeytetty',
    inProgress: 'Valmistelussa tai käynnissä',
    completed: 'Valmis',
  },
  legend: 'Merkkien selitys',
  gap: 'Ei kansallista hanketta, joka toimeenpanee tämän',
  mark: '{{act}}: {{kind}} {{date}}{{past}}. {{state}}',
  answeringCount: { one: '{{count}} vastaava hanke', other: '{{count}} vastaavaa hanketta' },
  hidden: {
    one: 'Rajauksilla ei näy hankkeita: {{count}} vastaava hanke jää rajausten ulkopuolelle.',
    other: 'Rajauksilla ei näy hankkeita: {{count}} vastaavaa hanketta jää rajausten ulkopuolelle.',
  },
  more: { one: 'Lisäksi {{count}} hanke.', other: 'Lisäksi {{count}} hanketta.' },
  relatedHidden: {
    one: '{{count}} liittyvä hanke rajausten ulkopuolella.',
    other: '{{count}} liittyvää hanketta rajausten ulkopuolella.',
  },
  answering: 'Vastaavat hankkeet',
  related: 'Muut liittyvät hankkeet',
  close: 'Sulje tiedot',
  actLink: 'Säädöksen {{act}} tiedot',
  listLink: 'Säädöksen hankkeet listassa',
  table: {
    caption: 'EU-määräajat päivämäärän mukaan',
    date: 'Päivämäärä',
    act: 'Säädös',
    kind: 'Mikä',
    initiatives: 'Kansalliset hankkeet',
  },
  cooperation: {
    lane: { meeting: 'Yhteistyöelinten kokoukset', publication: 'Vertailujen julkaisut' },
    kind: { meeting: 'Yhteistyöelimen seuraava kokous', publication: 'Kansainvälisen vertailun julkaisu' },
    mark: '{{name}}: {{kind}} {{date}}{{past}}',
    bodyLink: 'Yhteistyöelimen {{name}} tiedot',
    benchmarkLink: 'Vertailun {{name}} tiedot',
    noAnswer: 'Ei koske EU-määräaikoja: hankkeet näkyvät yhteistyöelimen tai vertailun sivulla.',
    table: 'Yhteistyöelin tai vertailu',
  },
} as const;
