-- one row per ordered item pair (A, B): customers whose first purchase of A could be followed for $days days and who had not
-- bought B by then, how many of them bought B for the first time within $days days after, and the baseline rate of B (the same
-- measured from each customer's first order). Items are products or categories ($level); completed orders only.
-- Each customer's first and last purchase day of each item: the macro sequence_item_days (migration 0050), at category level
-- from mart_customer_category_order, at product level from the completed order lines of the period.
-- The page counts the pairs in .NET from these first days (sequence_firsts.sql, SequenceCounts); this statement is the path
-- of a level wider than SequenceCounts.MaxItems items, and the reference the tests compare that with.
-- the days counted (migration 0050): the customers of the RFM segment and the saved segment chosen (null: all)
with customer_items as (
    select * from sequence_item_days($level, $from, $to, $segment, $segment_id)
),

horizon as (
    select max(last_on) as last_on from customer_items
),

-- the items as integer keys: the pairs below join and group on them, not on the names
item_keys as (
    select item, (row_number() over (order by item))::integer as item_key from (select distinct item from customer_items)
),

firsts as (
    select c.customer_id, k.item_key, c.first_on
    from customer_items as c
    join item_keys as k on k.item = c.item
),

-- anchors: first days whose whole window lies before the last order day, so "did not buy B" is observed, not censored
anchor_on as (
    select last_on - $days::integer as last_on from horizon
),

anchor_counts as (
    select f.item_key, count(*) as count_customers from firsts as f, anchor_on as h where f.first_on <= h.last_on group by f.item_key
),

-- each customer's two items once (x < y), counted both ways (A = x, B = y and A = y, B = x): half the rows of joining every
-- anchor with every other item of its customer
unordered as (
    select
        a.item_key as item_x,
        b.item_key as item_y,
        count(*) filter (where a.first_on <= h.last_on and b.first_on <= a.first_on) as had_xy,
        count(*) filter (where a.first_on <= h.last_on and b.first_on > a.first_on and b.first_on <= a.first_on + $days::integer) as followed_xy,
        count(*) filter (where b.first_on <= h.last_on and a.first_on <= b.first_on) as had_yx,
        count(*) filter (where b.first_on <= h.last_on and a.first_on > b.first_on and a.first_on <= b.first_on + $days::integer) as followed_yx
    from firsts as a
    join firsts as b on b.customer_id = a.customer_id and b.item_key > a.item_key
    cross join anchor_on as h
    group by all
),

pairs as (
    select item_x as item_a, item_y as item_b, had_xy as count_had_b, followed_xy as count_followed from unordered
    union all
    select item_y, item_x, had_yx, followed_yx from unordered
),

customer_starts as (
    select f.customer_id, min(f.first_on) as first_on
    from firsts as f
    group by f.customer_id
    having min(f.first_on) + $days::integer <= (select last_on from horizon)
),

-- B's baseline: of the customers followable from their first order, those who had not bought B by that day (all of them but
-- those whose first B was on it) and those whose first B came within $days days after. Counted from each customer's own
-- items (a join on the customer), not from every item crossed with every customer: at product level that cross join was
-- 400 × 1 M rows at SF10
baseline_counts as (
    select
        b.item_key,
        count(*) filter (where b.first_on <= s.first_on) as count_had_b,
        count(*) filter (where b.first_on > s.first_on and b.first_on <= s.first_on + $days::integer) as count_followed
    from customer_starts as s
    join firsts as b on b.customer_id = s.customer_id
    group by b.item_key
),

baseline as (
    select
        i.item_key,
        (select count(*) from customer_starts) - coalesce(c.count_had_b, 0) as count_population,
        coalesce(c.count_followed, 0) as count_followed
    from item_keys as i
    left join baseline_counts as c on c.item_key = i.item_key
),

final as (
    select
        ka.item as item_a,
        kb.item as item_b,
        ac.count_customers - p.count_had_b as count_customers,
        p.count_followed,
        p.count_followed / (ac.count_customers - p.count_had_b) as follow_rate,
        bl.count_followed / nullif(bl.count_population, 0) as baseline_rate
    from pairs as p
    join anchor_counts as ac on ac.item_key = p.item_a
    join baseline as bl on bl.item_key = p.item_b
    join item_keys as ka on ka.item_key = p.item_a
    join item_keys as kb on kb.item_key = p.item_b
    where ac.count_customers - p.count_had_b >= $min_customers
)

select *, follow_rate / nullif(baseline_rate, 0) as lift
from final
where count_followed > 0
order by lift desc nulls last, count_followed desc, item_a, item_b
