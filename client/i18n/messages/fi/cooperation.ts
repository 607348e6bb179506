/** The international cooperation pages: bodies, benchmarks and an initiative's links. */
export const cooperation = {
  title: 'Kansainvälinen yhteistyö',
} as const;
