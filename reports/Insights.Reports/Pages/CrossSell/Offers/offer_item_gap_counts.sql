-- after each slice's offer_item_days.sql: its gaps, counted per item and gap (offer_item_gaps.sql)
insert into offer_item_gaps
select item_id, gap_days, count(*) as count_gaps
from offer_item_days
where gap_days is not null
group by all
