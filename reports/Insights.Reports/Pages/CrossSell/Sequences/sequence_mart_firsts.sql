-- one row per customer with a completed order (level $level), of the RFM segment $segment and the saved segment $segment_id
-- (null: all): their last purchase day and each item's first purchase day over the whole history, packed by the load
-- (mart_customer_item_sequence, migration 0067: 4 bytes per item, its id and its day since 1970-01-01, both unsigned 16-bit
-- big-endian, in no particular order). The same days sequence_firsts.sql groups from the purchases of an open period, read as
-- about 1 M short values at SF10 instead of 14.8 M customer-item rows; SequencesQuery unpacks and orders them per customer.
select
    customer_id,
    datediff('day', date '1970-01-01', last_on)::integer as last_day,
    items
from mart_customer_item_sequence
where level = $level
  and ($segment::varchar is null or customer_id in (select customer_id from mart_customer_rfm where segment = $segment::varchar))
  and ($segment_id::integer is null or customer_id in (select customer_id from app_segment_member where segment_id = $segment_id::integer))
