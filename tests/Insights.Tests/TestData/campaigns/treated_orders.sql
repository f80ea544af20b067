-- The planted effect, written after the campaign was created (it depends on the recorded split): one extra completed order
-- of $effect for every treated customer of campaign $campaign_id, on the same day as their usual order would fall
insert into fct_order_line
select
    200000 + members.customer_id,
    1,
    strftime(date '2025-03-01' + (members.customer_id % 28)::integer, '%Y%m%d')::integer,
    timestamp '2025-03-01 15:00' + to_days((members.customer_id % 28)::integer),
    members.customer_id,
    1,
    1,
    'completed',
    1,
    $effect::decimal(10, 2),
    $effect::decimal(10, 2),
    0.00,
    $effect::decimal(10, 2),
    false
from app_campaign_member as members
where members.campaign_id = $campaign_id and not members.is_control
