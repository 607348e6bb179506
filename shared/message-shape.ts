/** The shape of a message tree: the same keys, any strings. Swedish and English must satisfy it. */
export type Shape<T> = {
  [K in keyof T]: T[K] extends string ? string : Shape<T[K]>;
};
