-- one row per member of a member source, ready for a mail merge: the customer's current name, e-mail and region, and the top
-- next-best offer (category, reason, expected revenue) of the latest scores fit, by customer id. The members are those a
-- member source's statement put into temp table export_members on this connection (MemberSource); a member no longer in the
-- current customer dimension is left out.
with members as (
    select distinct customer_id
    from export_members
),

customers as (
    select customer_id, preferred_name, full_name, email, region
    from dim_customer
    where is_current
)

select
    customers.customer_id,
    customers.preferred_name,
    customers.full_name,
    customers.email,
    customers.region,
    offers.item as offer_category,
    offers.reason as offer_reason,
    offers.score::decimal(18, 2) as offer_expected_revenue
from members
join customers on customers.customer_id = members.customer_id
left join mart_customer_offer as offers on offers.customer_id = members.customer_id and offers.offer_rank = 1
order by customers.customer_id
