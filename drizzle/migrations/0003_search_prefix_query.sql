-- The list search's tsquery from the words of a search (server/services/initiative-list.ts,
-- textQuery): every word must match; a word matches by any of its Finnish, Swedish or English
-- stems as a prefix, the Finnish stem also with up to three letters less (keeping five); stems
-- under five letters match whole, except a four-letter stem of a word of six letters or more.
-- Each lexeme is quoted and escaped as a tsquery lexeme: the user's text never becomes tsquery
-- syntax. IMMUTABLE (as to_tsvector is), so a call with constant words is evaluated once when
-- the statement is planned and the GIN index on initiatives.search can serve the match.
CREATE FUNCTION search_prefix_query(words text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  select coalesce(string_agg(w.alternatives, ' & ' order by w.n), '')::tsquery
  from (
    select u.n, '(' || string_agg(distinct '''' || replace(replace(p.prefix, '\', '\\'), '''', '''''') || ''''
      || case when length(p.prefix) >= 5 or (length(p.prefix) = 4 and length(u.word) >= 6) then ':*' else '' end,
      ' | ') || ')' as alternatives
    from unnest(words) with ordinality as u(word, n)
    cross join unnest(array['finnish', 'swedish', 'english']::regconfig[]) as c(config)
    cross join lateral unnest(tsvector_to_array(to_tsvector(c.config, u.word))) as l(lexeme)
    cross join lateral (
      select left(l.lexeme, length(l.lexeme) - k) as prefix
      from generate_series(0, case when c.config = 'finnish'::regconfig then least(3, greatest(0, length(l.lexeme) - 5)) else 0 end) as k
    ) as p
    group by u.n
  ) as w
$$;
