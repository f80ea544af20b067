-- one row per customer and item bought in the period: the item's key (its place in sequence_items.sql's list), and the first
-- and last purchase day of it (days since 1970-01-01), by customer and first day: SequenceCounts walks one customer's items
-- at a time in the order they were first bought, so the pairs are counted in .NET from these rows, never joined in SQL.
-- The days as sequences.sql takes them (the macro sequence_item_days of migration 0050): at category level from
-- mart_customer_category_order, at product level from the completed order lines of the period; the customers of the RFM
-- segment and the saved segment chosen (null: all).
-- the item keys (migration 0051): the same as sequence_items.sql's list
with items as (
    select item, item_key from sequence_items($level)
),

-- the days counted (migration 0050): the customers of the RFM segment and the saved segment chosen (null: all)
customer_items as (
    select * from sequence_item_days($level, $from, $to, $segment, $segment_id)
),

final as (
    select
        c.customer_id,
        i.item_key,
        datediff('day', date '1970-01-01', c.first_on)::integer as first_day,
        datediff('day', date '1970-01-01', c.last_on)::integer as last_day
    from customer_items as c
    join items as i on i.item = c.item
)

select * from final
order by customer_id, first_day
