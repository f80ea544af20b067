-- A number field ($field) between $min and $max, both inclusive, either null for no bound. Compared as double: exact for the
-- whole-number fields and the 2-decimal amounts (every value the compiler accepts maps to its own double), and the model
-- figures are doubles already. A customer without the figure (no score) is never in a range.
insert into segment_hits
select $group_number, figures.customer_id
from (
    select
        c.customer_id,
        case $field
            when 'r_score' then c.r_score::double
            when 'f_score' then c.f_score::double
            when 'm_score' then c.m_score::double
            when 'orders' then c.count_orders::double
            when 'net_spend' then c.net_amount::double
            when 'returns' then c.count_returns::double
            when 'clv' then c.clv_amount::double
            when 'p_alive' then c.p_alive::double
            when 'expected_purchases' then c.expected_purchases_90d::double
        end as figure
    from mart_segment_customer as c
) as figures
where ($min::double is null or figures.figure >= $min::double)
  and ($max::double is null or figures.figure <= $max::double)
  -- only the customers in every earlier group (segment_hits.sql): group 1 reads everyone
  and ($group_number = 1 or figures.customer_id in (
      select earlier.customer_id from segment_hits as earlier where earlier.group_number = $group_number - 1
  ));
