-- at most one row: the customer's profile document (mart_customer_profile: every version, order line, return, contact and
-- complaint, kept by the loads), which a profile reads instead of profile.sql and the four timeline_*.sql reads. None: no
-- customer has this id, or the mart is not built (the page then reads the tables one by one). The mart is in customer order:
-- its zonemaps skip every other customer's row groups.
select profile
from mart_customer_profile
where customer_id = $id
