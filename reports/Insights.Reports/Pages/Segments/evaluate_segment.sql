-- Records a segment's membership at warehouse state $state_run_id from temp table segment_members (customer_id, net_amount,
-- filled from members.sql): who entered and left since the previous evaluation (none at the first), the new member list,
-- and the size row. Runs in one transaction.
insert into app_segment_change
select $segment_id, $state_run_id, customer_id, 'entered'
from segment_members
where exists (select 1 from app_segment_size where segment_id = $segment_id)
  and customer_id not in (select customer_id from app_segment_member where segment_id = $segment_id);

insert into app_segment_change
select $segment_id, $state_run_id, customer_id, 'left'
from app_segment_member
where segment_id = $segment_id
  and customer_id not in (select customer_id from segment_members);

delete from app_segment_member where segment_id = $segment_id;

insert into app_segment_member
select $segment_id, customer_id from segment_members;

insert into app_segment_size
select
    $segment_id,
    $state_run_id,
    $now,
    (select count(*) from segment_members),
    (select coalesce(sum(net_amount), 0) from segment_members)::decimal(18, 2),
    (select count(*) from app_segment_change where segment_id = $segment_id and state_run_id = $state_run_id and change = 'entered'),
    (select count(*) from app_segment_change where segment_id = $segment_id and state_run_id = $state_run_id and change = 'left');

drop table segment_members;
