-- one row per (segment as of $prev_as_of, segment as of $as_of) with customers; '(new)' = no qualifying order before $prev_as_of
select
    coalesce(previous.segment, '(new)') as from_segment,
    customers.segment as to_segment,
    count(*) as count_customers
from customers
left join segmented as previous on previous.customer_id = customers.customer_id and previous.as_of = $prev_as_of::date
group by all
order by min(coalesce(previous.segment_rank, 0)), min(customers.segment_rank)
