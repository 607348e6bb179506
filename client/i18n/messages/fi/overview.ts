export const overview = {
  nav: 'Tilannekuva',
  title: 'Tilannekuva',
} as const;
