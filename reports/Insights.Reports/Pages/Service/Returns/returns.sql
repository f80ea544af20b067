-- one row per group of the returns view: kind 'category', 'product', 'month' (of the sale) and 'customer' (the $top_customers
-- returning the most quantity) over the completed order lines sold in the period, with what was returned of those lines
-- (whenever it was returned); and kind 'reason' over those returns. Returns are set against the lines they return, so a rate
-- is the share of what was sold in the period that came back (and a recent month's rate still grows as returns arrive).
with sales as (
    select
        lines.order_id,
        lines.line_number,
        date_trunc('month', lines.ordered_at)::date as sale_month,
        lines.quantity,
        lines.net_amount,
        products.product_id,
        products.product_name,
        products.category,
        customers.customer_id
    from fct_order_line as lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    join dim_product as products on products.product_key = lines.product_key
    left join mart_customer_rfm as rfm on rfm.customer_id = customers.customer_id
    where lines.order_status = 'completed'
      and ($from::timestamp is null or lines.ordered_at >= $from::timestamp)
      and ($to::timestamp is null or lines.ordered_at < $to::timestamp + interval 1 day)
      and ($region::varchar is null or customers.region = $region::varchar)
      and ($segment::varchar is null or rfm.segment = $segment::varchar)
      and ($segment_id::integer is null or customers.customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

returned as (
    select returns.order_id, returns.line_number, returns.reason, returns.quantity, returns.refund_amount
    from fct_return as returns
    join sales on sales.order_id = returns.order_id and sales.line_number = returns.line_number
),

per_line as (
    select
        sales.*,
        coalesce(line_returns.returned_quantity, 0) as returned_quantity,
        coalesce(line_returns.refund_amount, 0) as refund_amount,
        coalesce(line_returns.returns, 0) as returns
    from sales
    left join (
        select order_id, line_number, sum(quantity) as returned_quantity, sum(refund_amount) as refund_amount, count(*) as returns
        from returned
        group by order_id, line_number
    ) as line_returns on line_returns.order_id = sales.order_id and line_returns.line_number = sales.line_number
),

by_group as (
    select
        case when grouping(category) = 0 and grouping(product_id) = 1 then 'category'
             when grouping(product_id) = 0 then 'product'
             when grouping(sale_month) = 0 then 'month'
             else 'customer' end as kind,
        case when grouping(product_id) = 0 then any_value(product_name)
             when grouping(category) = 0 then category
             when grouping(sale_month) = 0 then strftime(sale_month, '%Y-%m')
             else customer_id::varchar end as label,
        category,
        coalesce(product_id, customer_id) as item_id,
        sum(quantity)::bigint as sold_quantity,
        sum(net_amount)::decimal(18, 2) as net_amount,
        sum(returned_quantity)::bigint as returned_quantity,
        sum(refund_amount)::decimal(18, 2) as refund_amount,
        sum(returns)::bigint as returns
    from per_line
    group by grouping sets ((category), (category, product_id), (sale_month), (customer_id))
),

top_customers as (
    select *
    from by_group
    where kind = 'customer' and returned_quantity > 0
    order by returned_quantity desc, refund_amount desc, item_id
    limit $top_customers
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
    select *, null as full_name, null as preferred_name, null as email from by_group where kind <> 'customer'
    union all
    select top_customers.*, customers.full_name, customers.preferred_name, customers.email
    from top_customers
    left join dim_customer as customers on customers.customer_id = top_customers.item_id and customers.is_current
    union all
    select *, null, null, null from reasons
)

select * from final
order by kind, returned_quantity desc, refund_amount desc, label
