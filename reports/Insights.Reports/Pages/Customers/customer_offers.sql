-- the customer's next-best offers from the latest fit (at most 3), in no order: the page puts them best first (offer_rank), as a
-- sort here cost more than the read
select
    offer_rank,
    item,
    score,
    basis,
    reason
from mart_customer_offer
where customer_id = $id
  and offer_rank <= 3   -- the mart keeps every candidate (the offers page filters them); the profile shows the top 3
