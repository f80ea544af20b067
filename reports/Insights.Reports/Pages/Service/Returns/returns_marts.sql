-- the returns view from the load's marts, for a view without a saved segment (a set of customers no load knows): the same rows
-- as returns.sql. What was sold in the period per product and month from mart_sale_day (completed lines per day of sale,
-- region and product), or with an RFM segment from mart_sale_segment_day (the same per segment, kept current with the scores);
-- what came back of it, its reasons and the customers who return most from mart_sale_return (each return of a completed line,
-- with the line's day, region and customer; the segment through mart_customer_rfm). The customers' own sales are then read
-- for the $top_customers listed only, from mart_customer_order_line (in customer order).
with sales as (
    select product_key, date_trunc('month', sold_on)::date as sale_month, sold_quantity, net_amount
    from mart_sale_day
    where $segment::varchar is null
      and ($from::date is null or sold_on >= $from::date)
      and ($to::date is null or sold_on <= $to::date)
      and ($region::varchar is null or region = $region::varchar)
    union all
    select product_key, date_trunc('month', sold_on)::date, sold_quantity, net_amount
    from mart_sale_segment_day
    where segment = $segment::varchar
      and ($from::date is null or sold_on >= $from::date)
      and ($to::date is null or sold_on <= $to::date)
      and ($region::varchar is null or region = $region::varchar)
),

returned as (
    select customer_id, product_key, date_trunc('month', sold_on)::date as sale_month, reason, quantity, refund_amount
    from mart_sale_return
    where ($from::date is null or sold_on >= $from::date)
      and ($to::date is null or sold_on <= $to::date)
      and ($region::varchar is null or region = $region::varchar)
      and ($segment::varchar is null or customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
),

-- per product and month of sale: sold, and returned of what was sold (a returned line was sold, so every group with returns
-- has sales)
per_product_month as (
    select product_key, sale_month, sum(sold_quantity) as sold_quantity, sum(net_amount) as net_amount,
           0 as returned_quantity, 0 as refund_amount, 0 as returns
    from sales
    group by product_key, sale_month
    union all
    select product_key, sale_month, 0, 0, sum(quantity), sum(refund_amount), count(*)
    from returned
    group by product_key, sale_month
),

by_group as (
    select
        case when grouping(products.category) = 0 and grouping(products.product_id) = 1 then 'category'
             when grouping(products.product_id) = 0 then 'product'
             else 'month' end as kind,
        case when grouping(products.product_id) = 0 then any_value(products.product_name)
             when grouping(products.category) = 0 then products.category
             else strftime(sale_month, '%Y-%m') end as label,
        products.category,
        products.product_id::bigint as item_id,
        sum(sold_quantity)::bigint as sold_quantity,
        sum(net_amount)::decimal(18, 2) as net_amount,
        sum(returned_quantity)::bigint as returned_quantity,
        sum(refund_amount)::decimal(18, 2) as refund_amount,
        sum(returns)::bigint as returns
    from per_product_month
    join dim_product as products on products.product_key = per_product_month.product_key
    group by grouping sets ((products.category), (products.category, products.product_id), (sale_month))
),

-- the customers who return most: ranked on their returns alone (a customer without returns is never listed)
top_customers as (
    select
        customer_id,
        sum(quantity)::bigint as returned_quantity,
        sum(refund_amount)::decimal(18, 2) as refund_amount,
        count(*)::bigint as returns
    from returned
    group by customer_id
    having sum(quantity) > 0
    order by returned_quantity desc, refund_amount desc, customer_id
    limit $top_customers
),

-- what those customers bought in the period (completed lines, in the region of the customer version in force at the order,
-- which is the line's: fct_order_line's rule), from mart_customer_order_line: it is in customer order, so the scan reads only
-- the row groups of the listed customers (fct_order_line, in time order, was read whole: 0.6 s of CPU at SF10)
top_customer_sales as (
    select
        lines.customer_id,
        sum(lines.quantity)::bigint as sold_quantity,
        sum(lines.net_amount)::decimal(18, 2) as net_amount
    from mart_customer_order_line as lines
    join dim_customer as customers
      on customers.customer_id = lines.customer_id
     and lines.ordered_at >= customers.valid_from and lines.ordered_at < customers.valid_to
    where lines.customer_id in (select customer_id from top_customers)
      and lines.order_status = 'completed'
      and ($from::timestamp is null or lines.ordered_at >= $from::timestamp)
      and ($to::timestamp is null or lines.ordered_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or customers.region = $region::varchar)
    group by lines.customer_id
),

reasons as (
    select
        'reason' as kind,
        reason as label,
        null as category,
        null::bigint as item_id,
        null::bigint as sold_quantity,
        null::decimal(18, 2) as net_amount,
        sum(quantity)::bigint as returned_quantity,
        sum(refund_amount)::decimal(18, 2) as refund_amount,
        count(*)::bigint as returns
    from returned
    group by reason
),

final as (
    select *, null as full_name, null as preferred_name, null as email from by_group
    union all
    select
        'customer', top.customer_id::varchar, null, top.customer_id::bigint, sales.sold_quantity, sales.net_amount,
        top.returned_quantity, top.refund_amount, top.returns,
        customers.full_name, customers.preferred_name, customers.email
    from top_customers as top
    left join top_customer_sales as sales on sales.customer_id = top.customer_id
    left join dim_customer as customers on customers.customer_id = top.customer_id and customers.is_current
    union all
    select *, null, null, null from reasons
)

select * from final
order by kind, returned_quantity desc, refund_amount desc, label
