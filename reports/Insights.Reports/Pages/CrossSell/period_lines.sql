-- Shared head of the cross-sell queries over a period's purchases (white space, sequences, rising pairs, complaint signals;
-- their query class puts the query after it). period_lines: one row per completed order line ordered in [$from, $to] (null =
-- open), with the customer's business id and the product's name and category.
with period_lines as (
    select
        f.order_id,
        f.ordered_at,
        f.net_amount,
        c.customer_id,
        p.product_name,
        p.category
    from fct_order_line as f
    join dim_product as p on p.product_key = f.product_key
    join dim_customer as c on c.customer_key = f.customer_key
    where f.order_status = 'completed'
      and ($from::date is null or f.ordered_at >= $from::date)
      and ($to::date is null or f.ordered_at < $to::date + interval 1 day)
)
