-- the members of saved segment $segment_id as evaluated after the latest load (the computed offers are written for them only;
-- the model behind the offers is still fitted on everyone)
select customer_id
from app_segment_member
where segment_id = $segment_id::integer
