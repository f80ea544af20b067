-- one row: the run that last built the opportunities page's lists of the whole history and their sizes (see migration 0038); the page reads
-- the lists only once this row exists, and computes every view before. Written only when the per-customer and per-day rows
-- the lists are sums of are there (or there is no completed order at all): a first build after migration 0038 that rebuilt
-- only the signals (a complaints load) leaves the page computing.
-- inputs: mart_opportunity_pair, mart_opportunity_rising, mart_opportunity_signal, mart_opportunity_pair_customer, mart_opportunity_category_day, fct_order_line
delete from mart_opportunity_state;

insert into mart_opportunity_state (run_id, built_at, count_pairs, count_rising, count_signals)
select
    $run_id,
    now()::timestamp,
    (select count(*) from mart_opportunity_pair),
    (select count(*) from mart_opportunity_rising),
    (select count(*) from mart_opportunity_signal)
where (exists (select 1 from mart_opportunity_pair_customer) and exists (select 1 from mart_opportunity_category_day))
   or not exists (select 1 from fct_order_line where order_status = 'completed');
