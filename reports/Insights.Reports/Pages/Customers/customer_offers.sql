-- the customer's next-best offers from the latest fit, best first
select
    offer_rank,
    item,
    score,
    basis,
    reason
from mart_customer_offer
where customer_id = $id
order by offer_rank
