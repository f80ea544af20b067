-- grain: one fit row (the state every score and offer row was written from); none or several breaks every reader
select count(*) as fits
from mart_customer_score_fit
having count(*) <> 1
