-- one row per (first-purchase month, months since): the cohort's size and its customers ordering in that month, for the
-- loyalty report's default view (no filters, up to the month before the day after the latest completed order). Rebuilt with
-- mart_customer_rfm, as of its as-of date (batch_rfm_as_of, empty when no order or customer changed), by the report's own
-- rule (the macro loyalty_cohorts of migration 0014).
delete from mart_loyalty_cohort
where (select changed from batch_rfm_changed);

insert into mart_loyalty_cohort by name
select * from loyalty_cohorts((select as_of from batch_rfm_as_of), null, null, null);
