-- true once the load has built the opportunities lists of the whole history (mart_opportunity_state, migration 0038)
select exists (select 1 from mart_opportunity_state) as is_built
