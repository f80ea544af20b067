-- one row per customer with a complaint in view: their current names and e-mail, which the open complaints and the repeat
-- complainers show. A temp table read by open_complaints.sql and repeat_complainers.sql on the same connection, so the
-- million customer versions are read once per view instead of once per list.
create or replace temp table customers_in_view as
select customer_id::bigint as customer_id, full_name, preferred_name, email
from dim_customer
where is_current and customer_id in (select customer_id from complaints_in_view);
