-- whether the term index holds its three-word phrases (migration 0068): false while the index of a migrated warehouse waits
-- for the next load to rebuild it whole (named pending); the search then finds a three-word phrase by its two-word phrases and
-- checks it in the text, as before
select not exists (select 1 from etl_model_pending where model = 'mart_complaint_term') as is_built
