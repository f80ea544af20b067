-- Three-word phrases in the complaint texts' term index (issue 17: text search p95 <= 100 ms at SF10). A quoted phrase of three
-- words was found by its two two-word phrases and then checked in the text of every complaint holding both (12,285 texts for
-- "next-day delivery" at SF10, the searches' p95); with its three-word phrase in the index it is one lookup and no text is
-- read, and a longer phrase is checked in the texts of the complaints holding all of its three-word phrases only.
-- word_count tells the index's terms apart (1 word, 2 or 3: is_phrase is now word_count > 1); the characteristic terms and
-- mart_complaint_term_month keep to words and two-word phrases. The rows already indexed get their word count here (the
-- index stays searchable as before); the model (Models/marts/mart_complaint_term.sql) adds the three-word phrases when the
-- next `etl run` rebuilds it whole (named pending where there are complaints); until then the search checks the text of a
-- phrase of three words as before (complaint_trigrams_built.sql).

-- the default fills the rows held (DuckDB takes no constraint change after an update in the same transaction: set first)
alter table mart_complaint_term add column word_count utinyint default 1;
alter table mart_complaint_term alter column word_count set not null;
alter table mart_complaint_term alter column word_count drop default;
update mart_complaint_term set word_count = 2 where is_phrase;

insert into etl_model_pending (model)
select 'mart_complaint_term'
where exists (select 1 from fct_complaint)
  and 'mart_complaint_term' not in (select model from etl_model_pending);
