-- relationship: an offer is made to a customer the same write scored
select offers.customer_id
from mart_customer_offer as offers
where not exists (select 1 from mart_customer_score as scores where scores.customer_id = offers.customer_id)
