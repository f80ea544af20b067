-- one row per campaign ($campaign_id null: all, newest first; else that one)
select
    campaign_id,
    name,
    offer,
    segment_id,
    segment_name,
    starts_on,
    window_days,
    control_percent,
    seed,
    count_treatment,
    count_control,
    created_by,
    created_at
from app_campaign
where $campaign_id::integer is null or campaign_id = $campaign_id::integer
order by starts_on desc, campaign_id desc
