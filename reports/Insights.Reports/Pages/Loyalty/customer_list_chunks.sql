-- where each chunk of the customers download begins (SortedChunks): the net amount and customer id of every $customers-th
-- customer of the population in customer_list.sql's order (biggest spender first). Of the whole population, not only the
-- selection's customers: any rows of the order are places to cut it, and a narrower selection only has fewer rows in a chunk
select net_amount, customer_id
from loyalty_customers($source, $as_of, $region, $channel, $category)
where ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
qualify (row_number() over (order by net_amount desc nulls last, customer_id) - 1) % $customers = 0
order by net_amount desc nulls last, customer_id
