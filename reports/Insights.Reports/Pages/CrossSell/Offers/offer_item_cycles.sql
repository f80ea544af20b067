-- one row per item bought again by the same customer (after every slice's offer_item_gap_counts.sql): its replenishment cycle,
-- the median of the days between consecutive purchase days of the item by the same customer (at category level this is the
-- intervals page's category cycle, category_cycles.sql, up to the day before $as_of). The median is read off the counts: the
-- mean of the gaps at positions floor((n + 1) / 2) and floor(n / 2) + 1 in gap order (one position when n is odd), which is
-- DuckDB's median (quantile_cont 0.5) of the n gaps themselves.
with counted as (
    select item_id, gap_days, sum(count_gaps) as count_gaps
    from offer_item_gaps
    group by all
),

cumulative as (
    select
        item_id,
        gap_days,
        sum(count_gaps) over (partition by item_id order by gap_days) as count_up_to,
        sum(count_gaps) over (partition by item_id) as count_gaps
    from counted
)

select
    item_id,
    (min(gap_days) filter (where count_up_to >= (count_gaps + 1) // 2)
        + min(gap_days) filter (where count_up_to >= count_gaps // 2 + 1))::double / 2 as median_gap_days,
    any_value(count_gaps)::bigint as count_gaps
from cumulative
group by item_id
order by item_id
