-- one row per product category and whole week of replenishment gap (0..25, and 26 = 26 weeks or more): how many times a customer
-- bought the category again that many weeks after their previous purchase day of it (after category_gaps.sql)
select
    category,
    least(gap_days // 7, 26)::integer as gap_weeks,
    count(*) as count_gaps
from gaps
where gap_days is not null
group by all
order by category, gap_weeks;
