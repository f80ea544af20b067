-- one row per price class: customers, revenue, full-price revenue, average orders (population and parameters as in
-- rfm_grid.sql)
select
    price_class,
    count(*) as count_customers,
    sum(net_amount)::decimal(18, 2) as net_amount,
    sum(full_price_amount)::decimal(18, 2) as full_price_amount,
    avg(count_orders)::double as avg_orders
from loyalty_customers($source, $as_of, $region, $channel, $category)
where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
group by price_class
order by case price_class when 'Brand loyal' then 1 when 'Mixed' then 2 when 'Deal seeker' then 3 else 4 end
