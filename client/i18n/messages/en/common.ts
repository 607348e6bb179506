import type { Shape } from '../../../../shared/message-shape.ts';
import type { common as fi } from '../fi/common.ts';

export const common: Shape<typeof fi> = {
  appName: 'digisalkku',
  digitoimisto: 'Digital Office',
  tagline: 'The situational picture of digitalisation, data economy and data policy',
  skipToContent: 'Skip to content',
  nav: {
    initiatives: 'Initiatives',
    euActs: 'EU acts',
    import: 'Import and export',
    menu: 'Menu',
    mainNavigation: 'Main navigation',
  },
  language: {
    menu: 'Language',
    label: 'Choose language',
    button: '{{code}} – Choose language',
    fi: 'Suomeksi (FI)',
    sv: 'På svenska (SV)',
    en: 'In English (EN)',
  },
  signedInAs: 'Signed in: {{name}} – {{role}}',
  roleWithMinistry: '{{role}}, {{ministry}}',
  signOut: 'Sign out',
  login: {
    title: 'Sign in',
    intro:
      "Digisalkku brings the ministries' digitalisation, data-economy and data-policy initiatives into one situational picture.",
    username: 'User name',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed: {{message}}',
    wrongCredentials: 'Wrong user name or password. Check them and try again.',
    tooManyForName: {
      one: 'Too many failed sign-in attempts for this user name. Try again in {{count}} minute, or sign in from a network you have signed in from before.',
      other:
        'Too many failed sign-in attempts for this user name. Try again in {{count}} minutes, or sign in from a network you have signed in from before.',
    },
    tooManyForAddress: {
      one: 'Too many sign-in attempts from your network. Try again in {{count}} minute.',
      other: 'Too many sign-in attempts from your network. Try again in {{count}} minutes.',
    },
    busy: 'The server is busy with other sign-ins. Try again in a moment.',
    signedOut: 'You have signed out.',
    sessionEnded:
      'Your session has ended: you signed out in another tab, or the session expired. Sign in again to carry on where you were.',
    demoHint:
      'Demo users: admin, coordinator, editor.lvm and viewer. The server prints the password when it creates the demo users at the first start. Choose it with the environment variable DEMO_PASSWORD; the demo users are given it at every start.',
  },
  loading: 'Loading…',
  error: 'Error: {{message}}',
  retry: 'Try again',
  noConnection: 'Could not reach the server. Check the network connection and try again.',
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  notFound: 'Page not found',
  deadEnd: {
    pageText: 'There is no page at this address. Check the address, or carry on from the initiative list.',
    initiative: 'Initiative not found',
    initiativeText:
      'The initiative does not exist, or the address is wrong. Check the address, or look for the initiative in the list.',
    euAct: 'EU act not found',
    euActText:
      'The act is not in the catalogue, or the address is wrong. Check the address, or look for the act in the EU act catalogue.',
    forbidden: 'No access',
    forbiddenText: 'You do not have access to this page. Ask an administrator for access if you need it.',
    cannotCreate: 'You cannot add initiatives',
    cannotCreateText:
      "You may not add initiatives. Ministries' editors and the coordinators add them; ask an administrator for access if you need it.",
    cannotEdit: 'You cannot edit this initiative',
    cannotEditText:
      "You may not edit this initiative. It is edited by its lead ministry's editors and the coordinators.",
    backToInitiative: "Back to the initiative's page",
  },
  print: {
    stamp: 'printed {{date}} at {{time}}',
    filters: 'filters: {{filters}}',
  },
  date: {
    format: 'Write the date as d.m.yyyy, for example 1.12.2026.',
    range: 'The date must be between {{min}} and {{max}}.',
    hint: 'As d.m.yyyy, for example 1.12.2026',
  },
  file: {
    choose: 'Choose file',
    drag: 'or drag a file here',
    remove: 'Remove',
    chosen: 'Chosen file',
  },
  backToList: 'Back to the initiative list',
  inFinnish: 'in Finnish',
  fallbackNote: 'This text is not available in the chosen language; the Finnish text is shown.',
  none: 'No',
};
