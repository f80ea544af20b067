-- uniqueness: one row per category, each with its 27 week counts summing to its gaps
select category
from mart_category_cycle
group by category
having count(*) > 1 or any_value(len(gaps_per_week)) <> 27 or any_value(list_sum(gaps_per_week)) <> any_value(count_gaps)
