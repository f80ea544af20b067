-- Run once before the slices of offer_item_days.sql: how many times each item was bought again after each gap (days between
-- consecutive purchase days of the item by the same customer), summed over the slices by offer_item_gap_counts.sql and read by
-- offer_item_cycles.sql. Counts, not the gaps themselves: the median needs only these, and they are a few rows per item.
create or replace temp table offer_item_gaps (item_id integer not null, gap_days bigint not null, count_gaps bigint not null);
