-- one row per month and product pair (key_a < key_b), per month and product (key_a = key_b) and per month (both keys null):
-- mart_opportunity_pair_day's rows summed over the month (migration 0073). A period's whole months are read from here and
-- only its partial months' days from the day table (opportunity_pair_rows): a year of SF10 is 0.9 M rows, not 8.5 M.
-- Recomputed for the months of the days the day table rebuilt this run (batch_order_days); every month under $full.
-- inputs: mart_opportunity_pair_day, batch_order_days
create or replace temp table batch_opportunity_pair_months as
select distinct date_trunc('month', ordered_on)::date as month_start
from batch_order_days
where not $full;

delete from mart_opportunity_pair_month
where $full or month_start in (select month_start from batch_opportunity_pair_months);

insert into mart_opportunity_pair_month by name
select
    date_trunc('month', ordered_on)::date as month_start,
    key_a,
    key_b,
    sum(count_orders)::bigint as count_orders,
    sum(net_amount)::decimal(18, 2) as net_amount
from mart_opportunity_pair_day
where $full or date_trunc('month', ordered_on)::date in (select month_start from batch_opportunity_pair_months)
group by all
order by month_start, key_a nulls first, key_b nulls first;
