-- the customers behind one number: every customer in the population matching the drill-down selection (null = any);
-- customer_list_active.sql adds the cohort-month condition (it reads the orders, which the other selections never need)
select
    customers.customer_id,
    current_customers.full_name,
    current_customers.region,
    customers.segment,
    customers.r_score,
    customers.f_score,
    customers.m_score,
    customers.recency_days,
    customers.count_orders,
    customers.net_amount,
    customers.full_price_share::double as full_price_share,
    customers.first_ordered_at::date as first_ordered_on,
    customers.last_ordered_on
from customers
join current_customers on current_customers.customer_id = customers.customer_id
where ($segment::varchar is null or customers.segment = $segment::varchar)
  and ($r_score::integer is null or customers.r_score = $r_score::integer)
  and ($f_score::integer is null or customers.f_score = $f_score::integer)
  and ($from_segment::varchar is null or $from_segment::varchar = coalesce((
        select previous.segment from segmented as previous
        where previous.customer_id = customers.customer_id and previous.as_of = $prev_as_of::date), '(new)'))
  and ($cohort_month::date is null or customers.cohort_month = $cohort_month::date)
  and ($repeat::boolean is null or (customers.count_orders >= 2) = $repeat::boolean)
  and ($price_class::varchar is null or customers.customer_id in (
        select customer_id from price_classes where price_class = $price_class::varchar))
  and ($service_group::varchar is null or customers.customer_id in (
        select customer_id from service
        where service_group = $service_group::varchar and ($retained::boolean is null or is_retained = $retained::boolean)))
order by customers.net_amount desc, customers.customer_id
limit $limit::integer   -- null: every row
