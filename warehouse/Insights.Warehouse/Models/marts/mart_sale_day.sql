-- one row per day of sale, region (the customer version of the line, as the returns view filters) and product: the completed
-- order lines sold, their quantity and net amount (see migration 0034). The returns view without a segment filter sums these
-- rows instead of every line of the period. Recomputed for the days of this run's orders (batch_order_days: every landed
-- version of a rebuilt order, so where a line sat before and after: a placed, cancelled, moved or re-keyed order); every
-- day under $full or while the table is empty (a warehouse migrated to 0034).
-- inputs: fct_order_line, dim_customer, batch_order_days
create or replace temp table batch_sale_days as
select distinct ordered_on as sold_on from batch_order_days;

delete from mart_sale_day
where $full or sold_on in (select sold_on from batch_sale_days);

insert into mart_sale_day by name
with rebuild_all as (
    select $full or not exists (select 1 from mart_sale_day) as is_all
),

lines as (
    select ordered_at::date as sold_on, customer_key, product_key, quantity, net_amount
    from fct_order_line
    where order_status = 'completed'
      and ((select is_all from rebuild_all)
           or (ordered_at >= (select min(sold_on) from batch_sale_days)
               and ordered_at::date in (select sold_on from batch_sale_days)))
),

final as (
    select
        -- grain
        lines.sold_on,
        customers.region,
        lines.product_key,
        -- numerics
        sum(lines.quantity)::bigint as sold_quantity,
        sum(lines.net_amount)::decimal(18, 2) as net_amount,
        count(*) as count_lines
    from lines
    join dim_customer as customers on customers.customer_key = lines.customer_key
    group by lines.sold_on, customers.region, lines.product_key
)

select * from final;
