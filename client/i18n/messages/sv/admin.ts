import type { Shape } from '../../../../shared/message-shape.ts';
import type { admin as fi } from '../fi/admin.ts';

export const admin: Shape<typeof fi> = {
  nav: 'Användare',
  users: {
    title: 'Användare',
    intro:
      'Lägg till användare, ändra deras roller och ministerier, inaktivera användare och ge dem nya lösenord. En användares sessioner avslutas genast när användarens roll eller ministerium ändras, när användaren får ett nytt lösenord och när användaren inaktiveras.',
    listHeading: 'Alla användare',
    count: { one: '{{count}} användare, {{active}} aktiva', other: '{{count}} användare, {{active}} aktiva' },
    you: '(du)',
    demo: 'demo',
    column: {
      name: 'Namn och användarnamn',
      role: 'Roll',
      state: 'Status',
      lastSeen: 'Senast aktiv',
      sessions: 'Sessioner',
      passwordChanged: 'Lösenordet angivet',
      actions: 'Åtgärder',
    },
    active: 'Aktiv',
    deactivatedOn: 'Inaktiverad {{date}}',
    never: 'Okänt',
    actionsFor: 'Åtgärder: {{name}}',
  },
  field: {
    username: 'Användarnamn',
    usernameHint: 'Små bokstäver a–z, siffror och tecknen . _ - @, till exempel matti.meikalainen.',
    displayName: 'Namn',
    displayNameHint: 'Visas i appen och i ändringshistoriken, till exempel ”Maria Andersson (LVM)”.',
    role: 'Roll',
    ministry: 'Ministerium',
    ministryHint: 'Redaktören redigerar det här ministeriets projekt.',
    chooseMinistry: 'Välj ministerium',
    password: 'Första lösenord',
    newPassword: 'Nytt lösenord',
    passwordHint:
      'Minst {{min}} tecken. Undvik vanliga lösenord och användarnamnet; servern kontrollerar dem. Ge lösenordet till användaren på ett säkert sätt.',
  },
  roleHelp: {
    admin: 'Hanterar användarna och får göra allt.',
    coordinator: 'Redigerar alla projekt och portföljen som helhet.',
    editor: 'Redigerar sitt eget ministeriums projekt.',
    viewer: 'Läser allt men ändrar ingenting.',
  },
  create: {
    open: 'Lägg till användare',
    heading: 'Lägg till användare',
    submit: 'Lägg till användare',
    saving: 'Läggs till…',
    done: 'Användaren {{name}} ({{username}}) lades till och kan nu logga in.',
    failed: 'Användaren kunde inte läggas till: {{message}}',
  },
  edit: {
    open: 'Redigera',
    title: 'Redigera användaren {{name}}',
    rightsNote:
      'Om du ändrar roll eller ministerium avslutas användarens sessioner och användaren måste logga in igen.',
    submit: 'Spara ändringarna',
    saving: 'Sparas…',
    done: 'Uppgifterna för {{name}} sparades.',
    doneSignedOut: {
      one: 'Uppgifterna för {{name}} sparades. Användarens {{count}} session avslutades.',
      other: 'Uppgifterna för {{name}} sparades. Användarens {{count}} sessioner avslutades.',
    },
  },
  password: {
    open: 'Ange lösenord',
    title: 'Nytt lösenord för {{name}}',
    note: 'Alla användarens sessioner avslutas, och i fortsättningen loggar användaren in med det nya lösenordet.',
    submit: 'Ange lösenord',
    saving: 'Anges…',
    done: {
      one: '{{name}} fick ett nytt lösenord. Användarens {{count}} session avslutades.',
      other: '{{name}} fick ett nytt lösenord. Användarens {{count}} sessioner avslutades.',
    },
  },
  deactivate: {
    open: 'Inaktivera',
    title: 'Inaktivera {{name}}?',
    text: 'Användaren {{username}} kan inte längre logga in, och användarens sessioner avslutas genast. Ändringarna som användaren har gjort finns kvar, och kontot kan aktiveras igen senare.',
    confirm: 'Inaktivera',
    selfHint: 'Du kan inte inaktivera ditt eget konto.',
    done: {
      one: '{{name}} inaktiverades. {{count}} session avslutades.',
      other: '{{name}} inaktiverades. {{count}} sessioner avslutades.',
    },
  },
  reactivate: {
    open: 'Aktivera',
    title: 'Aktivera {{name}} igen?',
    text: 'Användaren {{username}} kan åter logga in med sitt tidigare lösenord. Ange vid behov ett nytt lösenord.',
    confirm: 'Aktivera',
    done: '{{name}} aktiverades igen.',
  },
  failed: 'Ändringen gjordes inte: {{message}}',
  cancel: 'Avbryt',
};
