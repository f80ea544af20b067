-- the customer's next-best offers from the latest fit, best first
select
    offer_rank,
    item,
    score,
    basis,
    reason
from mart_customer_offer
where customer_id = $id
  and offer_rank <= 3   -- the mart keeps every candidate (the offers page filters them); the profile shows the top 3
order by offer_rank
