-- true when the load has built the packed first days of level $level (mart_sequence_item and mart_customer_item_sequence,
-- migration 0067: neither still pending), the level has at most $max_items items (SequenceCounts' width) and every customer's
-- items fit in 16 bits: SequencesQuery then reads a view without a period from them (sequence_mart_firsts.sql)
select not exists (select 1 from etl_model_pending where model in ('mart_sequence_item', 'mart_customer_item_sequence'))
   and coalesce((select max(item_id) from mart_sequence_item where level = $level), -1) < $max_items
   and not exists (select 1 from mart_customer_item_sequence where level = $level and items is null) as is_built
