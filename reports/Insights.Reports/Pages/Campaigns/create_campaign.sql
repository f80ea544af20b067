-- records a campaign under the next id and returns the id (its members follow through the appender, in the same transaction)
insert into app_campaign
select
    coalesce(max(campaign_id), 0) + 1,
    $name,
    $offer,
    $segment_id,
    $segment_name,
    $starts_on::date,
    $window_days,
    $control_percent,
    $seed,
    $count_treatment,
    $count_control,
    $user,
    $now
from app_campaign
returning campaign_id
