const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The URL parameter of the chosen weighting, on the list and the board alike. */
export const WEIGHTING_PARAM = 'weighting';

/** The chosen weighting's id from the URL; a hand-typed value that is no id is dropped (the default then). */
export function readWeightingParam(params: URLSearchParams): string | undefined {
  const value = params.get(WEIGHTING_PARAM);
  return value && UUID.test(value) ? value.toLowerCase() : undefined;
}
