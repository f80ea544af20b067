-- the customers behind one number: every customer in the population (as in rfm_grid.sql) matching the drill-down selection
-- (null = any), biggest spender first, at most $limit (null: every row), with each one's name and contact. The download reads
-- it a chunk at a time (SortedChunks, where the chunks begin from customer_list_chunks.sql): the customers from
-- ($from_value, $from_customer) up to ($to_value, $to_customer), not including it, in that order; a null customer means from
-- the first, or to the last (a page's list: every customer)
with customers as (
    select * from loyalty_customers($source, $as_of, $region, $channel, $category)
    where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
),

-- each optional condition as a set that is empty when it is not asked for (DuckDB drops it), so an unused one costs nothing
from_matches as (
    select customers.customer_id
    from customers
    left join loyalty_previous_segments($source, $as_of, $prev_as_of, $region, $channel, $category) as previous
      on previous.customer_id = customers.customer_id
    where $from_segment::varchar is not null and coalesce(previous.segment, '(new)') = $from_segment::varchar
),

service_matches as (
    select customer_id
    from loyalty_service($source, $as_of, $region, $channel, $category)
    where $service_group::varchar is not null and service_group = $service_group::varchar
      and ($retained::boolean is null or is_retained = $retained::boolean)
),

-- repeat customers: two or more purchase days (a second purchase), as repeat.sql counts them
repeat_matches as (
    select customer_id
    from loyalty_second_purchases($source, $as_of, $region, $channel, $category)
    where $repeat::boolean is not null
),

-- a cohort cell: customers with an order in the given month since their first month
active_matches as (
    select distinct customers.customer_id
    from customers
    join loyalty_orders($as_of, $region, $channel, $category) as orders on orders.customer_id = customers.customer_id
    where $months_since::integer is not null
      and datediff('month', customers.cohort_month, date_trunc('month', orders.ordered_at)::date) = $months_since::integer
),

-- the selected customers cut to $limit before the names are joined (a page's list joins 201 names, not a million)
listed as (
    select customers.*
    from customers
    where ($segment::varchar is null or customers.segment = $segment::varchar)
      and ($r_score::integer is null or customers.r_score = $r_score::integer)
      and ($f_score::integer is null or customers.f_score = $f_score::integer)
      and ($from_segment::varchar is null or customers.customer_id in (select customer_id from from_matches))
      and ($cohort_month::date is null or customers.cohort_month = $cohort_month::date)
      and ($months_since::integer is null or customers.customer_id in (select customer_id from active_matches))
      and ($repeat::boolean is null or (customers.customer_id in (select customer_id from repeat_matches)) = $repeat::boolean)
      and ($price_class::varchar is null or customers.price_class = $price_class::varchar)
      and ($service_group::varchar is null or customers.customer_id in (select customer_id from service_matches))
      -- the chunk's rows: at or after its start, not at or after the next chunk's (migration 0069's rule; a null customer: no bound)
      and ($from_customer::integer is null or sorts_at_or_after(customers.net_amount, customers.customer_id, $from_value::decimal(18, 2), $from_customer::integer))
      and ($to_customer::integer is null or not sorts_at_or_after(customers.net_amount, customers.customer_id, $to_value::decimal(18, 2), $to_customer::integer))
    order by customers.net_amount desc, customers.customer_id
    limit $limit::integer
)

select
    listed.customer_id,
    current_customers.full_name,
    current_customers.preferred_name,       -- how the customer wants to be greeted: the campaign's salutation
    current_customers.email,
    current_customers.region,
    listed.segment,
    listed.r_score,
    listed.f_score,
    listed.m_score,
    listed.recency_days,
    listed.count_orders,
    listed.net_amount,
    listed.full_price_share::double as full_price_share,
    listed.first_ordered_at::date as first_ordered_on,
    listed.last_ordered_on
from listed
join dim_customer as current_customers on current_customers.customer_id = listed.customer_id and current_customers.is_current
order by listed.net_amount desc, listed.customer_id
