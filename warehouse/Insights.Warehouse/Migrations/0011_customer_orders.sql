-- Completed orders by customer in a narrow form, the loyalty report's source for filtered views (a region, channel, category or
-- as-of date the mart_customer_rfm default view does not cover) and mart_customer_rfm's own input: a filtered view reads these
-- instead of joining the order lines with four dimensions. Kept by Models/marts/mart_customer_category_order.sql and mart_customer_order.sql after each load;
-- filled here once from what the warehouse already holds.

-- one row per completed order
create table mart_customer_order (
    customer_id       integer not null,             -- business id, across type-2 versions
    order_id          bigint not null,
    ordered_at        timestamp not null,
    channel_code      varchar not null,
    net_amount        decimal(18, 2) not null,      -- the order's completed net amount
    full_price_amount decimal(18, 2) not null       -- of which lines sold without discount
);

-- one row per completed order and product category: the order's lines in that category
create table mart_customer_category_order (
    customer_id       integer not null,
    order_id          bigint not null,
    ordered_at        timestamp not null,
    channel_code      varchar not null,
    category          varchar not null,
    net_amount        decimal(18, 2) not null,
    full_price_amount decimal(18, 2) not null
);

insert into mart_customer_category_order
select
    customers.customer_id,
    lines.order_id,
    min(lines.ordered_at),
    min(channels.channel_code),
    products.category,
    sum(lines.net_amount)::decimal(18, 2),
    coalesce(sum(lines.net_amount) filter (where not lines.is_discounted), 0)::decimal(18, 2)
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
join dim_channel as channels on channels.channel_key = lines.channel_key
join dim_product as products on products.product_key = lines.product_key
where lines.order_status = 'completed'
group by customers.customer_id, lines.order_id, products.category;

insert into mart_customer_order
select customer_id, order_id, min(ordered_at), min(channel_code), sum(net_amount)::decimal(18, 2),
       sum(full_price_amount)::decimal(18, 2)
from mart_customer_category_order
group by customer_id, order_id;
