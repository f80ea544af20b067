-- unique: one row per return (checked for the returns this run rebuilt; a --full run checks all)
select return_id, count(*) as copies
from mart_sale_return
where return_id in (select return_id from batch_fact_returns)
group by return_id
having count(*) > 1
