import type { Shape } from '../../../../shared/message-shape.ts';
import type { statement as fi } from '../fi/statement.ts';

export const statement: Shape<typeof fi> = {
  footer: {
    statement: 'Tillgänglighetsutlåtande',
    feedback: 'Respons om tillgängligheten:',
  },
  title: 'Tillgänglighetsutlåtande',
  service: {
    heading: 'Vad utlåtandet gäller',
    text: 'Detta tillgänglighetsutlåtande gäller digiportföljen, lägesbilden över projekten inom digitalisering, dataekonomi och datapolitik. Digiportföljen hör till Digitalbyrån, som är en samarbetsgrupp för kommunikationsministeriet, finansministeriet och arbets- och näringsministeriet.',
    law: 'Tjänsten omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), som kräver att offentliga digitala tjänster ska vara tillgängliga.',
  },
  compliance: {
    heading: 'Tjänstens tillgänglighet',
    text: 'Digiportföljen uppfyller kriterierna på nivå A och AA i riktlinjerna WCAG 2.1. Så här har vi kontrollerat det:',
    axe: 'varje sida kontrolleras i sina olika lägen med det automatiska tillgänglighetstestet axe, på finska, svenska och engelska',
    keyboard: 'tjänstens funktioner testas med enbart tangentbord',
    reflow:
      'varje sida testas i en 320 pixlar bred vy: innehållet ryms på skärmen utan att man behöver rulla i sidled.',
    limitations: 'De kända begränsningarna och alternativen till dem beskrivs nedan.',
  },
  limitations: {
    heading: 'Innehåll som inte är tillgängligt och kända begränsningar',
    exports:
      'Filerna som kan laddas ned är inte tillgängliga dokument. PDF-filen saknar strukturtaggar (taggad PDF), så en skärmläsare känner inte igen dess rubriker, tabeller eller läsordning. Filen innehåller ändå riktig text som går att markera och söka i, dokumentets språk och titel anges, och diagrammens siffror finns också i tabellform. Diagrammen i PowerPoint-presentationen (PPTX) har en textbeskrivning, men bildernas rubriker är vanliga textrutor som hjälpmedel inte känner igen som rubriker. Tillgängligheten i Excel-arbetsböckerna (XLSX) har inte kontrollerats.',
    exportsAlternative:
      'Samma uppgifter finns i tillgänglig form på tjänstens sidor: i projektlistan, lägesbilden, prioriteringstavlan och de sparade ögonblicksbilderna.',
    board:
      'På prioriteringstavlan kan korten flyttas genom att dra dem, men det är inte det enda sättet. Varje flytt kan också göras med tangentbordet (kortets handtag, mellanslag, piltangenterna och mellanslag igen) eller utan att dra, i fönstret som öppnas med kortets knapp {{move}}.',
    timelines:
      'Tidslinjen och EU-radarn visar uppgifter i två dimensioner, så på en smal skärm rullar de i sidled inom sin egen ram. Resten av sidan rullar inte i sidled, och samma uppgifter kan också visas som en lista (”{{roadmapList}}”, ”{{radarList}}”).',
  },
  method: {
    heading: 'Hur utlåtandet har utarbetats',
    text: 'Utlåtandet har utarbetats den {{prepared}} och uppdaterades senast den {{updated}}.',
    assessment:
      'Utlåtandet bygger på en självbedömning: tjänstens utvecklare har själva bedömt tillgängligheten med de tester som beskrivs ovan.',
  },
  feedback: {
    heading: 'Ge respons om tillgängligheten',
    text: 'Har du upptäckt en brist i tillgängligheten, eller fick du inte någon information i tillgänglig form? Berätta det för oss, så gör vi vårt bästa för att rätta till bristen.',
    email: 'E-post:',
    reply: 'Vi svarar inom 14 dagar.',
  },
  enforcement: {
    heading: 'Tillsynsmyndighet',
    text: 'Om du upptäcker problem med tillgängligheten i tjänsten, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar alls inom 14 dagar kan du anmäla saken till tillsynsmyndigheten.',
    authority:
      'Sedan den 1 januari 2026 är Tillstånds- och tillsynsverket tillsynsmyndighet. På dess webbplats berättas hur du gör en anmälan och hur ärendet behandlas.',
    name: 'Tillstånds- och tillsynsverket',
    web: 'Webbplats:',
  },
};
