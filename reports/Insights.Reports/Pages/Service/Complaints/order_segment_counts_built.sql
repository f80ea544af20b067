-- whether the load has filled mart_order_segment_day (migration 0061 leaves it empty and names it pending): its bookkeeping
-- holds a row per scored customer once built, and with no scored customer there is nothing a segment could count. A warehouse
-- migrated and not loaded since counts a segment's orders live (orders_in_view.sql).
select exists (select 1 from mart_order_segment_customer) or not exists (select 1 from mart_customer_rfm) as is_built
