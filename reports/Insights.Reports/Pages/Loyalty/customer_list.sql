-- the customers behind one number: every customer in the population matching the drill-down selection (null = any);
-- LoyaltyQuery.Customers appends customer_list_active.sql (a cohort cell's month-since condition, which reads the orders
-- the other selections never need) and then customer_list_order.sql (the order, the limit and the columns)
, -- (continues the CTE list of the base) each optional condition as a set that is empty when it is not asked for, so an
-- unused one costs a probe of an empty table, not a join over every customer
from_matches as (
    select customers.customer_id
    from customers
    left join segmented as previous on previous.customer_id = customers.customer_id and previous.as_of = $prev_as_of::date
    where $from_segment::varchar is not null and coalesce(previous.segment, '(new)') = $from_segment::varchar
),

price_matches as (
    select customer_id from price_classes
    where $price_class::varchar is not null and price_class = $price_class::varchar
),

service_matches as (
    select customer_id from service
    where $service_group::varchar is not null and service_group = $service_group::varchar
      and ($retained::boolean is null or is_retained = $retained::boolean)
),

-- the selected customers, biggest spender first, cut to $limit before the names are joined (a page's list joins 201 names,
-- not a million)
listed as (
    select customers.*
    from customers
    where ($segment::varchar is null or customers.segment = $segment::varchar)
      and ($r_score::integer is null or customers.r_score = $r_score::integer)
      and ($f_score::integer is null or customers.f_score = $f_score::integer)
      and ($from_segment::varchar is null or customers.customer_id in (select customer_id from from_matches))
      and ($cohort_month::date is null or customers.cohort_month = $cohort_month::date)
      and ($repeat::boolean is null or (customers.count_orders >= 2) = $repeat::boolean)
      and ($price_class::varchar is null or customers.customer_id in (select customer_id from price_matches))
      and ($service_group::varchar is null or customers.customer_id in (select customer_id from service_matches))
