import type { Language } from './codes.ts';
import { type MessageCatalogue, messagesOf } from './messages/lookup.ts';

/**
 * Messages the server itself raises (outside validation and imports), in the three languages:
 * access, outages and limits, missing rows, refusals and conflicts. Like the validation
 * messages they follow the language of the request being handled. Each says what to do.
 */
export const SERVER_MESSAGES = {
  // ---------------------------------------------------------------- outages and failures
  databaseUnavailable: {
    en: 'The database does not answer right now; try again in a moment. digisalkku reconnects by itself.',
    fi: 'Tietokanta ei vastaa juuri nyt; yritä hetken kuluttua uudelleen. digisalkku yhdistää tietokantaan itsestään.',
    sv: 'Databasen svarar inte just nu; försök igen om en stund. digisalkku ansluter till databasen av sig själv.',
  },
  serverError: {
    en: 'Something went wrong on the server; try again, and tell the administrator if it repeats.',
    fi: 'Palvelimella tapahtui virhe; yritä uudelleen ja kerro ylläpitäjälle, jos virhe toistuu.',
    sv: 'Något gick fel på servern; försök igen och berätta för administratören om felet upprepas.',
  },

  // ---------------------------------------------------------------- access
  crossSite: {
    en: 'Requests from other sites are not accepted; use digisalkku itself or the command line.',
    fi: 'Muilta sivustoilta tulevia pyyntöjä ei hyväksytä; käytä digisalkkua itseään tai komentoriviä.',
    sv: 'Förfrågningar från andra webbplatser godtas inte; använd digisalkku själv eller kommandoraden.',
  },
  signInFirst: {
    en: 'Your session has ended or you are not signed in; sign in first.',
    fi: 'Istuntosi on päättynyt tai et ole kirjautunut; kirjaudu ensin sisään.',
    sv: 'Din session har gått ut eller så är du inte inloggad; logga in först.',
  },
  needsRole: {
    en: 'This needs the {{role}} role or higher; ask an administrator if you need it.',
    fi: 'Tähän tarvitaan vähintään rooli {{role}}; pyydä sitä tarvittaessa ylläpitäjältä.',
    sv: 'Detta kräver minst rollen {{role}}; be en administratör om du behöver den.',
  },
  needsAdmin: {
    en: 'Only administrators may do this.',
    fi: 'Tämän voivat tehdä vain ylläpitäjät.',
    sv: 'Endast administratörer får göra detta.',
  },

  // ---------------------------------------------------------------- user administration (server/services/user-admin.ts)
  userNotFound: {
    en: 'The user was not found; reload the list of users.',
    fi: 'Käyttäjää ei löytynyt; lataa käyttäjäluettelo uudelleen.',
    sv: 'Användaren hittades inte; ladda om listan över användare.',
  },
  usernameTaken: {
    en: 'The user name {{username}} is already in use; choose another.',
    fi: 'Käyttäjätunnus {{username}} on jo käytössä; valitse toinen.',
    sv: 'Användarnamnet {{username}} används redan; välj ett annat.',
  },
  cannotDeactivateSelf: {
    en: 'You cannot deactivate your own account; ask another administrator to do it.',
    fi: 'Et voi poistaa omaa käyttäjätiliäsi käytöstä; pyydä toista ylläpitäjää tekemään se.',
    sv: 'Du kan inte inaktivera ditt eget konto; be en annan administratör att göra det.',
  },
  cannotDemoteSelf: {
    en: 'You cannot take the administrator role from yourself; ask another administrator to do it.',
    fi: 'Et voi poistaa itseltäsi ylläpitäjän roolia; pyydä toista ylläpitäjää tekemään se.',
    sv: 'Du kan inte ta administratörsrollen från dig själv; be en annan administratör att göra det.',
  },
  lastAdmin: {
    en: '{{name}} is the only active administrator. Make another user an administrator first, so that someone can still manage the users.',
    fi: '{{name}} on ainoa käytössä oleva ylläpitäjä. Tee ensin joku toinen käyttäjä ylläpitäjäksi, jotta käyttäjiä voi yhä hallita.',
    sv: '{{name}} är den enda aktiva administratören. Gör först en annan användare till administratör, så att någon fortfarande kan hantera användarna.',
  },
  userAlreadyDeactivated: {
    en: 'The user is already deactivated.',
    fi: 'Käyttäjä on jo poistettu käytöstä.',
    sv: 'Användaren är redan inaktiverad.',
  },
  userNotDeactivated: {
    en: 'The user is active already; there is nothing to reactivate.',
    fi: 'Käyttäjä on jo käytössä; palautettavaa ei ole.',
    sv: 'Användaren är redan aktiv; det finns inget att återaktivera.',
  },
  wrongCredentials: {
    en: 'Wrong user name or password.',
    fi: 'Väärä käyttäjätunnus tai salasana.',
    sv: 'Fel användarnamn eller lösenord.',
  },
  tooManyForName: {
    en: 'Too many failed sign-ins for this user name. Try again {{wait}}, or sign in from a network you have signed in from before.',
    fi: 'Tällä käyttäjätunnuksella on liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen {{wait}} tai kirjaudu verkosta, josta olet kirjautunut aiemmin.',
    sv: 'För många misslyckade inloggningsförsök med det här användarnamnet. Försök igen {{wait}} eller logga in från ett nätverk som du har loggat in från tidigare.',
  },
  tooManyForAddress: {
    en: 'Too many failed sign-ins from your network address. Try again {{wait}}.',
    fi: 'Verkko-osoitteestasi on liian monta epäonnistunutta kirjautumisyritystä. Yritä uudelleen {{wait}}.',
    sv: 'För många misslyckade inloggningsförsök från din nätverksadress. Försök igen {{wait}}.',
  },
  inOneMinute: { en: 'in 1 minute', fi: 'minuutin kuluttua', sv: 'om 1 minut' },
  inMinutes: {
    en: 'in {{minutes}} minutes',
    fi: '{{minutes}} minuutin kuluttua',
    sv: 'om {{minutes}} minuter',
  },
  signInBusy: {
    en: 'The server is busy with other sign-ins. Try again in a moment.',
    fi: 'Palvelin käsittelee juuri muita kirjautumisia. Yritä hetken kuluttua uudelleen.',
    sv: 'Servern är upptagen med andra inloggningar. Försök igen om en stund.',
  },
  ssoNotConfigured: {
    en: 'Single sign-on is not in use on this server; sign in with your user name and password.',
    fi: 'Kertakirjautuminen ei ole käytössä tällä palvelimella; kirjaudu käyttäjätunnuksella ja salasanalla.',
    sv: 'Enkel inloggning används inte på den här servern; logga in med ditt användarnamn och lösenord.',
  },

  // ---------------------------------------------------------------- request limits
  requestTooLarge: {
    en: 'The request is larger than {{megabytes}} MB; send less at once.',
    fi: 'Pyyntö on suurempi kuin {{megabytes}} Mt; lähetä vähemmän kerralla.',
    sv: 'Förfrågan är större än {{megabytes}} MB; skicka mindre åt gången.',
  },
  batchTooLarge: {
    en: 'One request may carry at most {{max}} calls; send them in smaller batches.',
    fi: 'Yhdessä pyynnössä saa olla enintään {{max}} kutsua; lähetä ne pienempinä erinä.',
    sv: 'En förfrågan får innehålla högst {{max}} anrop; skicka dem i mindre omgångar.',
  },
  signInAlone: {
    en: 'Send the sign-in as a request of its own, not in a batch.',
    fi: 'Lähetä kirjautuminen omana pyyntönään, ei yhdessä muiden kutsujen kanssa.',
    sv: 'Skicka inloggningen som en egen förfrågan, inte tillsammans med andra anrop.',
  },
  unreadableRequest: {
    en: 'The request could not be read; reload the page and try again.',
    fi: 'Pyyntöä ei voitu lukea; lataa sivu uudelleen ja yritä uudestaan.',
    sv: 'Förfrågan kunde inte läsas; ladda om sidan och försök igen.',
  },
  noSuchProcedure: {
    en: 'The server has no such operation. Reload the page: digisalkku may have been updated.',
    fi: 'Palvelimella ei ole tällaista toimintoa. Lataa sivu uudelleen: digisalkku on ehkä päivitetty.',
    sv: 'Servern har ingen sådan funktion. Ladda om sidan: digisalkku kan ha uppdaterats.',
  },
  wrongMethod: {
    en: 'This operation cannot be called with this HTTP method.',
    fi: 'Tätä toimintoa ei voi kutsua tällä HTTP-metodilla.',
    sv: 'Den här funktionen kan inte anropas med den här HTTP-metoden.',
  },
  openDataRateLimited: {
    en: 'Too many requests to the open-data feed from your network; try again in {{seconds}} seconds. The feed changes only when the data does: use its ETag.',
    fi: 'Avoimen datan rajapintaan on tullut verkostanne liikaa pyyntöjä; yritä uudelleen {{seconds}} sekunnin kuluttua. Aineisto muuttuu vain tietojen muuttuessa: käytä ETag-otsaketta.',
    sv: 'För många förfrågningar till det öppna datagränssnittet från ert nätverk; försök igen om {{seconds}} sekunder. Materialet ändras bara när uppgifterna ändras: använd ETag-huvudet.',
  },
  noSuchApiRoute: {
    en: 'The API has no such address.',
    fi: 'Rajapinnassa ei ole tällaista osoitetta.',
    sv: 'Gränssnittet har ingen sådan adress.',
  },
  badRequest: {
    en: 'The request is not valid; reload the page and try again.',
    fi: 'Pyyntö ei kelpaa; lataa sivu uudelleen ja yritä uudestaan.',
    sv: 'Förfrågan är ogiltig; ladda om sidan och försök igen.',
  },

  // ---------------------------------------------------------------- missing rows
  initiativeNotFound: {
    en: 'The initiative was not found; the link may be wrong. Look for the initiative in the list.',
    fi: 'Hanketta ei löytynyt; linkki voi olla virheellinen. Etsi hanke hankeluettelosta.',
    sv: 'Projektet hittades inte; länken kan vara felaktig. Sök projektet i projektlistan.',
  },
  euActNotFound: {
    en: 'The EU act was not found; the link may be wrong. Look for the act in the EU act catalogue.',
    fi: 'EU-säädöstä ei löytynyt; linkki voi olla virheellinen. Etsi säädös EU-säädösten luettelosta.',
    sv: 'EU-rättsakten hittades inte; länken kan vara felaktig. Sök rättsakten i katalogen över EU-rättsakter.',
  },
  savedViewNotFound: {
    en: 'The saved view was not found; it may have been removed already.',
    fi: 'Tallennettua näkymää ei löytynyt; se on ehkä jo poistettu.',
    sv: 'Den sparade vyn hittades inte; den kan redan ha tagits bort.',
  },

  // ---------------------------------------------------------------- refusals
  coordinatorsSetDigitoimistoHealth: {
    en: "Only the Digital Office's coordinators set the Digital Office's assessment.",
    fi: 'Digitoimiston tilannearvion voivat asettaa vain Digitoimiston koordinaattorit.',
    sv: 'Digitalbyråns lägesbedömning kan anges endast av Digitalbyråns koordinatorer.',
  },
  otherMinistry: {
    en: 'You edit initiatives led by {{own}}; this one is led by {{lead}} ({{leadName}}). Ask its editors or a Digital Office coordinator to make the change.',
    fi: 'Voit muokata hankkeita, joiden vastuuministeriö on {{own}}; tämän hankkeen vastuuministeriö on {{lead}} ({{leadName}}). Pyydä muutosta sen muokkaajilta tai Digitoimiston koordinaattorilta.',
    sv: 'Du redigerar projekt där {{own}} är ansvarigt ministerium; för det här projektet ansvarar {{lead}} ({{leadName}}). Be dess redaktörer eller en koordinator vid Digitalbyrån att göra ändringen.',
  },
  readOnlyRole: {
    en: 'Your role may read initiatives but not change them; ask an administrator for an editor role if you need one.',
    fi: 'Roolisi sallii hankkeiden lukemisen mutta ei muuttamista; pyydä tarvittaessa ylläpitäjältä muokkaajan rooli.',
    sv: 'Din roll får läsa projekt men inte ändra dem; be en administratör om rollen som redaktör om du behöver den.',
  },
  coordinatorsShareViews: {
    en: 'Only coordinators share views with everyone; save the view as your own.',
    fi: 'Vain koordinaattorit voivat jakaa näkymiä kaikille; tallenna näkymä omaksesi.',
    sv: 'Endast koordinatorer kan dela vyer med alla; spara vyn som din egen.',
  },
  removeSharedView: {
    en: 'Only the owner or a coordinator removes a shared view.',
    fi: 'Jaetun näkymän voi poistaa vain sen omistaja tai koordinaattori.',
    sv: 'En delad vy kan tas bort endast av dess ägare eller en koordinator.',
  },
  exportFormat: {
    en: 'Choose one of the export formats: {{formats}}.',
    fi: 'Valitse jokin vientimuodoista: {{formats}}.',
    sv: 'Välj ett av exportformaten: {{formats}}.',
  },
  exportsBusy: {
    en: 'Many files are being made right now. Try again in a moment.',
    fi: 'Tiedostoja tehdään juuri nyt paljon. Yritä hetken kuluttua uudelleen.',
    sv: 'Just nu skapas många filer. Försök igen om en stund.',
  },
  snapshotNotFound: {
    en: 'No such snapshot. Choose one from the list of snapshots.',
    fi: 'Tilannekuvaa ei löydy. Valitse tilannekuva luettelosta.',
    sv: 'Ögonblicksbilden finns inte. Välj en i listan över ögonblicksbilder.',
  },
  snapshotTampered: {
    en: 'This snapshot has been changed after it was taken (its checksum no longer matches), so it is not shown. Tell an administrator.',
    fi: 'Tilannekuvaa on muutettu sen ottamisen jälkeen (tarkistussumma ei täsmää), joten sitä ei näytetä. Ilmoita ylläpitäjälle.',
    sv: 'Ögonblicksbilden har ändrats efter att den togs (kontrollsumman stämmer inte), så den visas inte. Meddela en administratör.',
  },
  weightingNotFound: {
    en: 'No such weighting; it may have been removed. Choose another from the list.',
    fi: 'Painotusta ei löydy; se on ehkä poistettu. Valitse toinen luettelosta.',
    sv: 'Viktningen finns inte; den kan ha tagits bort. Välj en annan i listan.',
  },
  archivedNotOnBoard: {
    en: 'This initiative is archived and not on the board; restore it first.',
    fi: 'Hanke on arkistoitu eikä ole taululla; palauta se ensin.',
    sv: 'Projektet är arkiverat och finns inte på tavlan; återställ det först.',
  },
  staleBoard: {
    en: 'The board changed after you opened it (someone moved or scored this card). It has been refreshed; make the move again.',
    fi: 'Taulu muuttui sen jälkeen, kun avasit sen (joku siirsi tai pisteytti kortin). Taulu on päivitetty; tee siirto uudelleen.',
    sv: 'Tavlan ändrades efter att du öppnade den (någon flyttade eller poängsatte kortet). Den har uppdaterats; gör flytten igen.',
  },
  staleWeighting: {
    en: 'Someone changed this weighting after you opened it; reload it and make your change again.',
    fi: 'Joku muutti painotusta sen jälkeen, kun avasit sen; lataa se uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Någon ändrade viktningen efter att du öppnade den; ladda om den och gör din ändring igen.',
  },
  moveNextToItself: {
    en: 'A card cannot be placed next to itself; choose another card.',
    fi: 'Korttia ei voi sijoittaa itsensä viereen; valitse toinen kortti.',
    sv: 'Ett kort kan inte placeras bredvid sig självt; välj ett annat kort.',
  },
  unknownCriteriaScores: {
    en: 'Scores for criteria that do not exist: {{keys}}. The criteria are: {{criteria}}.',
    fi: 'Pisteitä kriteereille, joita ei ole: {{keys}}. Kriteerit ovat: {{criteria}}.',
    sv: 'Poäng för kriterier som inte finns: {{keys}}. Kriterierna är: {{criteria}}.',
  },
  oneDefaultWeighting: {
    en: 'The default weighting cannot be removed or made non-default; make another weighting the default first.',
    fi: 'Oletuspainotusta ei voi poistaa eikä muuttaa tavalliseksi; tee ensin jokin toinen painotus oletukseksi.',
    sv: 'Standardviktningen kan inte tas bort eller göras icke-standard; gör först en annan viktning till standard.',
  },
  archivedNoEdit: {
    en: 'This initiative is archived; a coordinator must restore it before it can be edited.',
    fi: 'Hanke on arkistoitu; koordinaattorin on palautettava se ennen kuin sitä voi muokata.',
    sv: 'Projektet är arkiverat; en koordinator måste återställa det innan det kan redigeras.',
  },
  alreadyArchived: {
    en: 'The initiative is already archived; a coordinator can restore it.',
    fi: 'Hanke on jo arkistoitu; koordinaattori voi palauttaa sen.',
    sv: 'Projektet är redan arkiverat; en koordinator kan återställa det.',
  },
  notArchived: {
    en: 'The initiative is not archived, so there is nothing to restore.',
    fi: 'Hanketta ei ole arkistoitu, joten palautettavaa ei ole.',
    sv: 'Projektet är inte arkiverat, så det finns inget att återställa.',
  },

  // ---------------------------------------------------------------- conflicts
  staleInitiative: {
    en: 'Someone saved this initiative after you opened it (your version {{mine}}, now {{current}}). Review their changes and apply yours on top.',
    fi: 'Joku tallensi hankkeen sen jälkeen, kun avasit sen (sinun versiosi {{mine}}, nyt {{current}}). Katso hänen muutoksensa ja lisää omasi niiden päälle.',
    sv: 'Någon sparade projektet efter att du öppnade det (din version {{mine}}, nu {{current}}). Granska deras ändringar och för in dina ovanpå.',
  },
  savedAtSameMoment: {
    en: 'Someone saved this initiative at the same moment; reload it and make the change again.',
    fi: 'Joku tallensi hankkeen samalla hetkellä; lataa se uudelleen ja tee muutos uudestaan.',
    sv: 'Någon sparade projektet i samma stund; ladda om det och gör ändringen igen.',
  },
  bodyNotFound: {
    en: 'The cooperation body was not found; the link may be wrong. Look for it under International cooperation.',
    fi: 'Yhteistyöelintä ei löytynyt; linkki voi olla virheellinen. Etsi se Kansainvälinen yhteistyö -sivulta.',
    sv: 'Samarbetsorganet hittades inte; länken kan vara felaktig. Sök det under Internationellt samarbete.',
  },
  benchmarkNotFound: {
    en: 'The comparison was not found; the link may be wrong. Look for it under International cooperation.',
    fi: 'Vertailua ei löytynyt; linkki voi olla virheellinen. Etsi se Kansainvälinen yhteistyö -sivulta.',
    sv: 'Jämförelsen hittades inte; länken kan vara felaktig. Sök den under Internationellt samarbete.',
  },
  cooperationLinkNotFound: {
    en: 'The link was not found; it may have been removed already. Reload the page.',
    fi: 'Linkkiä ei löytynyt; se on ehkä jo poistettu. Lataa sivu uudelleen.',
    sv: 'Länken hittades inte; den kan redan ha tagits bort. Ladda om sidan.',
  },
  benchmarkResultNotFound: {
    en: 'The result was not found; it may have been removed already. Reload the page.',
    fi: 'Tulosta ei löytynyt; se on ehkä jo poistettu. Lataa sivu uudelleen.',
    sv: 'Resultatet hittades inte; det kan redan ha tagits bort. Ladda om sidan.',
  },
  bodyLinkExists: {
    en: 'The initiative is already linked to this body with this relation.',
    fi: 'Hanke on jo linkitetty tähän toimielimeen tällä suhteella.',
    sv: 'Projektet är redan länkat till organet med den här relationen.',
  },
  benchmarkLinkExists: {
    en: 'The initiative already reports to this comparison.',
    fi: 'Hanke raportoi jo tähän vertailuun.',
    sv: 'Projektet rapporterar redan till den här jämförelsen.',
  },
  bodyInUse: {
    en: 'The body still has {{count}} linked initiatives; remove their links first.',
    fi: 'Toimielimeen on yhä linkitetty {{count}} hanketta; poista niiden linkit ensin.',
    sv: 'Organet har fortfarande {{count}} länkade projekt; ta bort deras länkar först.',
  },
  benchmarkInUse: {
    en: '{{count}} initiatives still report to the comparison; remove their links first.',
    fi: 'Vertailuun raportoi yhä {{count}} hanketta; poista niiden linkit ensin.',
    sv: 'Fortfarande rapporterar {{count}} projekt till jämförelsen; ta bort deras länkar först.',
  },
  staleBody: {
    en: 'Someone changed this body after you opened it; reload it and make your change again.',
    fi: 'Joku muutti toimielimen tietoja sen jälkeen, kun avasit ne; lataa ne uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Någon ändrade organet efter att du öppnade det; ladda om det och gör din ändring igen.',
  },
  staleBenchmark: {
    en: 'Someone changed this comparison after you opened it; reload it and make your change again.',
    fi: 'Joku muutti vertailun tietoja sen jälkeen, kun avasit ne; lataa ne uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Någon ändrade jämförelsen efter att du öppnade den; ladda om den och gör din ändring igen.',
  },
  staleEuAct: {
    en: 'Someone changed this EU act after you opened it; reload it and make your change again.',
    fi: 'Joku muutti EU-säädöstä sen jälkeen, kun avasit sen; lataa se uudelleen ja tee muutoksesi uudestaan.',
    sv: 'Någon ändrade EU-rättsakten efter att du öppnade den; ladda om den och gör din ändring igen.',
  },

  // ---------------------------------------------------------------- benchmark results import
  resultsFileTooLarge: {
    en: 'The file is larger than {{max}} MB; a file of results is much smaller. Check that you chose the right file.',
    fi: 'Tiedosto on suurempi kuin {{max}} Mt; tulostiedosto on paljon pienempi. Tarkista, että valitsit oikean tiedoston.',
    sv: 'Filen är större än {{max}} MB; en resultatfil är mycket mindre. Kontrollera att du valde rätt fil.',
  },
  resultsNoEditionColumn: {
    en: 'The first row must name the columns, and one of them must be the edition (edition, painos or utgåva). The others read are published, score, rank, countries and note, also in Finnish or Swedish.',
    fi: 'Ensimmäisellä rivillä on oltava sarakkeiden nimet, ja yhden niistä on oltava painos (painos, edition tai utgåva). Muut luettavat sarakkeet ovat julkaistu, pisteet, sijoitus, maita ja huomautus, myös englanniksi tai ruotsiksi.',
    sv: 'Den första raden måste ange kolumnernas namn, och en av dem måste vara utgåvan (utgåva, painos eller edition). De andra som läses är publicerad, poäng, placering, länder och anmärkning, även på finska eller engelska.',
  },
  resultsNoRows: {
    en: 'The file has no results below its header row; add one row per edition.',
    fi: 'Tiedostossa ei ole tuloksia otsikkorivin alla; lisää yksi rivi kutakin painosta kohden.',
    sv: 'Filen har inga resultat under rubrikraden; lägg till en rad per utgåva.',
  },
  resultsTooManyRows: {
    en: 'The file has {{count}} rows; one import takes at most {{max}} editions.',
    fi: 'Tiedostossa on {{count}} riviä; kerralla voi tuoda enintään {{max}} painosta.',
    sv: 'Filen har {{count}} rader; en import tar högst {{max}} utgåvor.',
  },
  resultsBadRows: {
    en: 'Nothing was imported: {{count}} rows have problems. {{problems}} Correct them and import the file again.',
    fi: 'Mitään ei tuotu: {{count}} rivillä on virheitä. {{problems}} Korjaa ne ja tuo tiedosto uudelleen.',
    sv: 'Ingenting importerades: {{count}} rader har fel. {{problems}} Rätta dem och importera filen igen.',
  },
  resultsRowProblems: {
    en: 'Row {{row}}: {{problems}}',
    fi: 'Rivi {{row}}: {{problems}}',
    sv: 'Rad {{row}}: {{problems}}',
  },
  resultsMoreRows: {
    en: 'And {{count}} more rows.',
    fi: 'Lisäksi {{count}} muuta riviä.',
    sv: 'Och {{count}} rader till.',
  },
  resultsNotNumber: {
    en: '“{{value}}” is not a number.',
    fi: '”{{value}}” ei ole luku.',
    sv: '”{{value}}” är inte ett tal.',
  },
  resultsNotDate: {
    en: '“{{value}}” is not a date (write 2025-03-15 or 15.3.2025).',
    fi: '”{{value}}” ei ole päivämäärä (kirjoita 15.3.2025 tai 2025-03-15).',
    sv: '”{{value}}” är inte ett datum (skriv 2025-03-15 eller 15.3.2025).',
  },
  resultsDuplicateEdition: {
    en: 'Edition {{edition}} is also on row {{other}}; keep one row per edition.',
    fi: 'Painos {{edition}} on myös rivillä {{other}}; jätä kustakin painoksesta yksi rivi.',
    sv: 'Utgåvan {{edition}} finns också på rad {{other}}; behåll en rad per utgåva.',
  },

  // ---------------------------------------------------------------- digisalkku file, version 2
  formatVersionUnsupported: {
    en: 'The file is digisalkku format version {{version}}; this server reads versions {{versions}}. Export the file from a digisalkku of this version or older, or update this server.',
    fi: 'Tiedosto on digisalkun tiedostomuodon versiota {{version}}; tämä palvelin lukee versioita {{versions}}. Vie tiedosto tämän tai vanhemman digisalkun versiosta tai päivitä tämä palvelin.',
    sv: 'Filen är version {{version}} av digisalkkus filformat; den här servern läser versionerna {{versions}}. Exportera filen från en digisalkku av den här eller en äldre version, eller uppdatera den här servern.',
  },
  importLinkBodyName: {
    en: 'Name the cooperation body by its short name.',
    fi: 'Nimeä yhteistyöelin sen lyhenteellä.',
    sv: 'Ange samarbetsorganet med dess förkortning.',
  },
  importLinkBenchmarkName: {
    en: 'Name the comparison by its short name.',
    fi: 'Nimeä vertailu sen lyhenteellä.',
    sv: 'Ange jämförelsen med dess förkortning.',
  },
  importUnknownBody: {
    en: '{{field}}: "{{name}}" is not among the cooperation bodies nor in the file\'s bodies; add it to one of them first.',
    fi: '{{field}}: "{{name}}" ei ole yhteistyöelinten joukossa eikä tiedoston toimielimissä; lisää se ensin jompaankumpaan.',
    sv: '{{field}}: "{{name}}" finns varken bland samarbetsorganen eller bland filens organ; lägg först till det i någotdera.',
  },
  importUnknownBenchmark: {
    en: '{{field}}: "{{name}}" is not among the comparisons nor in the file\'s comparisons; add it to one of them first.',
    fi: '{{field}}: "{{name}}" ei ole vertailujen joukossa eikä tiedoston vertailuissa; lisää se ensin jompaankumpaan.',
    sv: '{{field}}: "{{name}}" finns varken bland jämförelserna eller bland filens jämförelser; lägg först till den i någondera.',
  },
  importCatalogueNameTwice: {
    en: '{{field}}: "{{name}}" is already item {{other}} of the file; keep one of them.',
    fi: '{{field}}: "{{name}}" on jo tiedoston kohta {{other}}; jätä niistä yksi.',
    sv: '{{field}}: "{{name}}" är redan punkt {{other}} i filen; behåll en av dem.',
  },
  importLinkTwice: {
    en: '{{field}}: the same link is in the list twice; keep one.',
    fi: '{{field}}: sama linkki on luettelossa kahdesti; jätä yksi.',
    sv: '{{field}}: samma länk finns två gånger i listan; behåll en.',
  },
  importEditionTwice: {
    en: '{{field}}: edition {{edition}} is already result {{other}}; keep one result per edition.',
    fi: '{{field}}: painos {{edition}} on jo tulos {{other}}; jätä kustakin painoksesta yksi tulos.',
    sv: '{{field}}: utgåvan {{edition}} är redan resultat {{other}}; behåll ett resultat per utgåva.',
  },
} as const satisfies MessageCatalogue & Record<string, Record<Language, string>>;

export type ServerMessage = keyof typeof SERVER_MESSAGES;

/** A server message in the current request's language, with `{{name}}` filled in. */
export const sm = messagesOf(SERVER_MESSAGES);

/** "in 5 minutes", "5 minuutin kuluttua": how long to wait, at least a minute. */
export function waitMinutes(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? sm('inOneMinute') : sm('inMinutes', { minutes });
}
