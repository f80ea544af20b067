-- what was typed, normalised as mart_customer_search's words are (one function, so both sides agree)
select strip_accents(lower($text))
