-- every customer this run touched has exactly one current version, and its versions follow each other without gaps
with versions as (
    select customer_id, valid_from, valid_to, is_current,
           lead(valid_from) over (partition by customer_id order by valid_from) as next_from
    from dim_customer
    where customer_id in (select customer_id from batch_customers)
       or customer_id in (select customer_id from batch_customer_rekey)
)

select customer_id, count(*) filter (where is_current) as current_rows,
       count(*) filter (where next_from is not null and next_from <> valid_to) as gaps
from versions
group by customer_id
having count(*) filter (where is_current) <> 1 or count(*) filter (where next_from is not null and next_from <> valid_to) > 0
