-- one row per item bought again by the same customer (after offer_item_days.sql): its replenishment cycle, the median of the
-- days between consecutive purchase days of the item by the same customer (at category level this is the intervals page's
-- category cycle, category_cycles.sql, up to the day before $as_of)
select item_id, median(gap_days)::double as median_gap_days, count(gap_days) as count_gaps
from offer_item_days
where gap_days is not null
group by item_id
order by item_id
