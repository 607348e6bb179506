export const attention = {
  nav: 'Huomiota vaativat',
  title: 'Huomiota vaativat hankkeet',
} as const;
