-- one row per (first-purchase month, months since): the cohort's size and its customers ordering in that month, for the
-- loyalty report's default view (no filters, up to the month before the day after the latest completed order). Recomputed
-- whole from mart_customer_order when a load rebuilt any of its orders (batch_mart_orders) or with $full, by the report's own
-- rule (the macro loyalty_cohorts of migration 0014).
-- (the macro's filter branches also name mart_customer_category_order and dim_customer; with no filter they read nothing)
-- inputs: mart_customer_order, mart_customer_category_order, dim_customer, batch_mart_orders
delete from mart_loyalty_cohort
where $full or exists (select 1 from batch_mart_orders);

insert into mart_loyalty_cohort by name
select * from loyalty_cohorts((select max(ordered_at)::date + 1 from mart_customer_order), null, null, null)
where $full or exists (select 1 from batch_mart_orders);
