export const radar = {
  nav: 'EU-tutka',
  title: 'EU-määräaikojen tutka',
} as const;
