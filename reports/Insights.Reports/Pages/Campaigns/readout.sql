-- one row per group of a campaign (control, treatment): its customers, the buyers among them, their completed orders and net
-- revenue within the window [$starts_on, $ends_on), and the sum of squares of net revenue per customer (a member without an
-- order in the window counts with 0), exact in decimal: the variance computed from it is the same on every run, where a
-- parallel var_samp in double differed in the tenth digit between two runs at SF10. Completed orders and their net amount are mart_customer_order's, as every report's net
-- revenue (completed order lines' net_amount).
with members as (
    select customer_id, is_control
    from app_campaign_member
    where campaign_id = $campaign_id
),

window_orders as (
    select
        orders.customer_id,
        count(*) as count_orders,
        sum(orders.net_amount) as net_amount
    from mart_customer_order as orders
    where orders.ordered_at >= $starts_on::date
      and orders.ordered_at < $ends_on::date
      and orders.customer_id in (select customer_id from members)
    group by orders.customer_id
),

per_customer as (
    select
        members.is_control,
        coalesce(window_orders.count_orders, 0) as count_orders,
        coalesce(window_orders.net_amount, 0) as net_amount
    from members
    left join window_orders on window_orders.customer_id = members.customer_id
)

select
    is_control,
    count(*) as count_customers,
    count(*) filter (where count_orders > 0) as count_buyers,
    sum(count_orders)::bigint as count_orders,
    sum(net_amount)::decimal(18, 2) as net_amount,
    sum(net_amount * net_amount)::decimal(38, 4) as net_amount_squares
from per_customer
group by is_control
order by is_control
