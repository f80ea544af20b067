-- the category section's cycles as the after-load scores step kept them (migration 0074): category_cycles.sql's rows with
-- category_cycle_weeks.sql's counts, in the same order
select category, count_gaps, mean_gap_days, p25_gap_days, median_gap_days, p75_gap_days, gaps_per_week
from mart_category_cycle
order by category
