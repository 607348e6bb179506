export const quality = {
  nav: 'Tietojen laatu',
  title: 'Tietojen laatu',
} as const;
