-- which lists of a view without a saved segment OpportunitiesQuery reads from what the load keeps per day: the pairs once the
-- pairs per day are built (mart_opportunity_pair_day and mart_opportunity_pair_customer_day, migration 0070: neither still
-- pending); the rising pairs once the category pairs per day (migration 0038) and the orders' category masks (migration 0056)
-- are built and every category's bit fits in 64 (as basket_category_mart.sql); the pairs' whole months from the month table
-- once it is built (migration 0073); the signals' spend and words from the affected customers' rows and
-- each complaint's words once both are built (migration 0075)
select
    not exists (
        select 1 from etl_model_pending where model in ('mart_opportunity_pair_day', 'mart_opportunity_pair_customer_day')
    ) as pairs_built,
    not exists (
        select 1 from etl_model_pending
        where model in ('mart_opportunity_category_day', 'mart_basket_category', 'mart_order_category_mask')
    ) and coalesce((select max(bit) from mart_basket_category), -1) < 64 as rising_built,
    not exists (select 1 from etl_model_pending where model = 'mart_opportunity_pair_month') as pairs_by_month,
    not exists (
        select 1 from etl_model_pending where model in ('mart_opportunity_signal_order', 'mart_complaint_signal_word')
    ) as signals_kept
