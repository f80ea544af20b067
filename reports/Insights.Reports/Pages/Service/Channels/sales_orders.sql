-- one row per order channel: completed orders placed in [$from, $to] (null = open) by customers in $region (the version in
-- force at the order) and current RFM $segment and saved segment $segment_id, shown beside the contact channels (the sales face of CRM)
-- the RFM segment is a semi-join asked only with a segment: a left join of every customer's scores (880 k at SF10), made for
-- every view, cost more than half of a view without one (SF10, a year: 1.4 -> 0.7 s of CPU; with a segment 0.1 -> 0.3 s)
with orders as (
    select o.order_id, o.customer_id, o.channel_code
    from mart_customer_order as o
    join dim_customer as c
        on c.customer_id = o.customer_id and o.ordered_at >= c.valid_from and o.ordered_at < c.valid_to
    where in_period(o.ordered_at, $from, $to)
      and ($region::varchar is null or c.region = $region::varchar)
      and ($segment::varchar is null or o.customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
      and ($segment_id::integer is null or o.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

-- one row per order channel and customer first: the customers are then counted as rows (a distinct over millions of orders
-- cost more than this grouping)
customer_channels as (
    select channel_code, customer_id, count(*) as count_orders
    from orders
    group by channel_code, customer_id
),

final as (
    select
        cc.channel_code,
        coalesce(any_value(ch.channel_name), cc.channel_code) as channel_name,
        sum(cc.count_orders)::bigint as count_orders,
        count(*) as count_customers
    from customer_channels as cc
    left join dim_channel as ch on ch.channel_code = cc.channel_code
    group by cc.channel_code
)

select * from final
order by count_orders desc, channel_code
