-- The purchase-day history the purchase-interval report reads (BG/NBD, Gamma-Gamma, gaps): one row per customer and day.
-- Kept by Models/marts/mart_customer_purchase_day.sql after each load; filled here once from what the warehouse already holds.

-- one row per customer (business id, across type-2 versions) and day with at least one completed order line
create table mart_customer_purchase_day (
    customer_id     integer not null,
    purchase_on     date not null,
    count_lines     bigint not null,                -- completed order lines that day
    net_amount      decimal(18, 2) not null         -- their net amount (the day's spend)
);

insert into mart_customer_purchase_day
select
    customers.customer_id,
    lines.ordered_at::date as purchase_on,
    count(*) as count_lines,
    sum(lines.net_amount)::decimal(18, 2) as net_amount
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
where lines.order_status = 'completed'
group by all;
