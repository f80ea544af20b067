-- one row per product category: the replenishment cycle, i.e. the days between consecutive purchase days of that category
-- by the same customer, with its quartiles (after category_gaps.sql)
select
    category,
    count(gap_days) as count_gaps,
    avg(gap_days)::double as mean_gap_days,
    quantile_cont(gap_days, 0.25)::double as p25_gap_days,
    median(gap_days)::double as median_gap_days,
    quantile_cont(gap_days, 0.75)::double as p75_gap_days
from gaps
group by category
having count(gap_days) > 0
order by category;
