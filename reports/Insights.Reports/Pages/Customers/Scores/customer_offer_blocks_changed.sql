-- one row per customer (business id) whose blocked items (offer_blocks_now: offer_blocks.sql as of the kept offers' as-of day,
-- a temporary table of the caller's) differ from those the kept offers were computed with (mart_customer_offer_block): the
-- customers whose offers a load of returns or complaints changed
with now_blocks as (
    select customer_id, item_id, happened_on, what from offer_blocks_now
),

kept_blocks as (
    select customer_id, item_id, happened_on, what from mart_customer_offer_block
),

differences as (
    (select * from now_blocks except select * from kept_blocks)
    union all
    (select * from kept_blocks except select * from now_blocks)
)

select distinct customer_id from differences order by customer_id
