-- unique: one offer per customer and rank (the next-best offer is rank 1; the profile and the exports read ranks 1 to 3)
select customer_id, offer_rank, count(*) as copies
from mart_customer_offer
group by customer_id, offer_rank
having count(*) > 1
