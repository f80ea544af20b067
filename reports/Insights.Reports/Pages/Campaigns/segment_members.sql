-- the members of a saved segment at its latest evaluation (app_segment_member), by customer id
select customer_id from app_segment_member where segment_id = $segment_id order by customer_id
