export const roadmap = {
  nav: 'Aikajana',
  title: 'Hankkeiden aikajana',
} as const;
