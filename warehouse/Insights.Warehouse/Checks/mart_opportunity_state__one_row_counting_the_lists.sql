-- unique: at most one row, and its sizes are those of the lists it vouches for (the whole table, rebuilt whole by every build)
select state.run_id, state.count_pairs, state.count_rising, state.count_signals
from mart_opportunity_state as state
where (select count(*) from mart_opportunity_state) > 1
   or state.count_pairs <> (select count(*) from mart_opportunity_pair)
   or state.count_rising <> (select count(*) from mart_opportunity_rising)
   or state.count_signals <> (select count(*) from mart_opportunity_signal)
