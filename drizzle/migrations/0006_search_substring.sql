-- The part of a searched word that must appear somewhere in a title or register code (the
-- list's "any part" search on the trigram index of initiatives.search_text): the first five
-- letters of the word's Finnish stem (all of a shorter one), so an inflected form looks for the
-- same part as its base form — "strategian" and "strategia" both look for "strat", found in
-- "Tekoälystrategia"; "julkisen" and "julkinen" both "julki" — which keeps the list's promise
-- that an inflected form finds at least what its base form finds. Case folded as search_join.
-- IMMUTABLE: with a constant word it is a constant when planned, and LIKE can use the index.
CREATE FUNCTION search_substring(word text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  select translate(
    left(stem, 5),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÆØÜŸÉÈÊËÁÀÂÃÍÌÎÏÓÒÔÕÚÙÛÝÇÑŠ',
    'abcdefghijklmnopqrstuvwxyzåäöæøüÿéèêëáàâãíìîïóòôõúùûýçñš')
  from (select coalesce((select l from unnest(tsvector_to_array(to_tsvector('finnish', word))) as l order by length(l) desc limit 1), word) as stem) as s
$$;
