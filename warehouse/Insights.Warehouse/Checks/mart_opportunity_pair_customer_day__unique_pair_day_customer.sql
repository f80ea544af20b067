-- unique: one row per product pair (key_a < key_b), day and customer (checked for the months of this run's orders; a --full
-- run checks all)
select key_a, key_b, ordered_on, customer_id, count(*) as copies
from mart_opportunity_pair_customer_day
where date_trunc('month', ordered_on)::date in (select month_start from batch_months)
group by key_a, key_b, ordered_on, customer_id
having count(*) > 1 or bool_or(key_a >= key_b)
