-- the treatment group of a campaign (the customers the offer goes to), with the current version's name and e-mail; a member
-- whose customer row is gone keeps its id with no name
select members.customer_id, customers.preferred_name, customers.full_name, customers.email
from app_campaign_member as members
left join dim_customer as customers on customers.customer_id = members.customer_id and customers.is_current
where members.campaign_id = $campaign_id and not members.is_control
order by members.customer_id
