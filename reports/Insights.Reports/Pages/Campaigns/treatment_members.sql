-- the treatment group of a campaign (the customers the offer goes to): the member source of its personalised export
-- (Segments/Export/MemberSource: into export_members; the export joins each customer's name, contact details and top offer)
insert into export_members
select customer_id
from app_campaign_member
where campaign_id = $source_campaign_id and not is_control;
