-- freshness: every source that ever loaded has loaded successfully within the last two days (a stale source makes every
-- report that joins it quietly wrong, so the run that notices says so)
select source, max(finished_at) as last_success_at
from etl_run
where status in ('succeeded', 'warning')
group by source
having max(finished_at) < (now() at time zone 'UTC') - interval 2 days
