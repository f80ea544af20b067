-- one row per saved segment ($segment_id null: all, else that one), with its latest evaluation (null: never evaluated)
with latest as (
    select * from app_segment_size
    qualify row_number() over (partition by segment_id order by state_run_id desc, evaluated_at desc) = 1
)

select
    s.segment_id,
    s.name,
    s.description,
    s.definition,
    s.updated_by,
    s.updated_at,
    latest.count_members,
    latest.net_amount,
    latest.evaluated_at,
    latest.state_run_id,
    latest.count_entered,
    latest.count_left
from app_segment as s
left join latest on latest.segment_id = s.segment_id
where $segment_id::integer is null or s.segment_id = $segment_id::integer
order by lower(s.name), s.segment_id
