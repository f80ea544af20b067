-- Which fit wrote mart_customer_category_overdue (issue 20: "overdue in a category" must not select nobody without a word).
-- A warehouse upgraded to 0042 keeps the fit row of a scores step that predates the table: the table is empty until the next
-- fit, and an empty table also means "nobody is overdue in any category". The fit row now records the run whose fit wrote
-- the table; null (every row fitted before this migration) means it was not written, and the segment builder refuses the
-- condition with the reason until the next fit (SegmentModelState).
alter table mart_customer_score_fit add column category_overdue_run_id bigint;
