/**
 * The languages of the UI, the messages and the multilingual texts. A file of its own, free of
 * zod, so that the client's first load (the sign-in page) can name them without the schemas.
 */
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
