-- completed orders per day, order channel, region (the customer version in force at the order, as the service report's
-- complaint rates count them) and product category (see migration 0033): the denominators of the complaint rates read as
-- sums of a few thousand rows instead of joining every completed order to the customer versions per request. Two kinds of
-- row: per_category = false counts every completed order once (category null); per_category = true counts the orders with
-- a line in the category (an order with lines in two categories counts in both). Recomputed for the months of this run's
-- orders (batch_months: an order placed, cancelled, moved or re-keyed to a new customer version is in them), every month
-- under $full (a pending build, migration 0044, fills the table whole).
-- inputs: mart_customer_order, mart_customer_category_order, dim_customer, batch_months
delete from mart_order_day
where $full or date_trunc('month', ordered_on)::date in (select month_start from batch_months);

insert into mart_order_day by name
with orders as (
    select order_id, customer_id, ordered_at, channel_code from mart_customer_order
    where $full or date_trunc('month', ordered_at)::date in (select month_start from batch_months)
),

-- the region of the customer version in force at the order; an order outside every version is left out, as the view does
orders_in_region as (
    select orders.order_id, orders.ordered_at::date as ordered_on, orders.channel_code, customers.region
    from orders
    join dim_customer as customers
        on customers.customer_id = orders.customer_id
       and orders.ordered_at >= customers.valid_from and orders.ordered_at < customers.valid_to
),

category_orders as (
    select orders_in_region.ordered_on, orders_in_region.channel_code, orders_in_region.region, category_rows.category
    from mart_customer_category_order as category_rows
    join orders_in_region on orders_in_region.order_id = category_rows.order_id
),

final as (
    select ordered_on, channel_code, region, false as per_category, null::varchar as category, count(*) as orders
    from orders_in_region
    group by ordered_on, channel_code, region
    union all
    select ordered_on, channel_code, region, true, category, count(*)
    from category_orders
    group by ordered_on, channel_code, region, category
)

select * from final
order by ordered_on, per_category, channel_code, region, category;
