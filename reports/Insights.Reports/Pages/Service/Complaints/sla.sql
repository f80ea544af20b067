-- one row per severity in view or with a target (sla_targets): the target, the complaints in view, those resolved later than
-- the target, those still open past it now, the breaches (both) and their share of the severity's complaints (null without a
-- target). Reads this connection's temp tables.
with severities as (
    select severity from complaints_in_view
    union
    select severity from sla_targets
),

final as (
    select
        severities.severity,
        targets.target_hours,
        count(complaints.complaint_id) as complaints,
        count(*) filter (where complaints.is_resolved) as resolved,
        count(*) filter (where complaints.is_resolved and complaints.is_breach) as resolved_late,
        count(*) filter (where not complaints.is_resolved) as still_open,
        count(*) filter (where not complaints.is_resolved and complaints.is_breach) as open_past_target,
        count(*) filter (where complaints.is_breach) as breaches
    from severities
    left join sla_targets as targets on targets.severity = severities.severity
    left join complaints_in_view as complaints on complaints.severity = severities.severity
    group by severities.severity, targets.target_hours
)

select
    *,
    case when target_hours is not null then breaches / nullif(complaints, 0) end as breach_share
from final
order by target_hours nulls last, severity;
