-- accepted_values: a term is one, two or three words, as word_count says, and is_phrase is word_count > 1 (the search looks a
-- phrase up by its words, the characteristic terms and mart_complaint_term_month keep to word_count <= 2; checked for the
-- complaints this run rebuilt)
select complaint_id, term, is_phrase, word_count
from mart_complaint_term
where complaint_id in (select complaint_id from batch_fact_complaints)
  and (word_count not in (1, 2, 3) or len(string_split(term, ' ')) <> word_count or is_phrase <> (word_count > 1))
