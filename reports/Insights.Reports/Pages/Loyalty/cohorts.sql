-- one row per (first-purchase month, months since) with the cohort's size and its customers who ordered in that month:
-- precomputed by mart_loyalty_cohort ($source 'mart'), or computed by the same rule (loyalty_cohorts, migration 0014) for
-- the orders before $as_of of $region, $channel and $category ('live'); with a saved segment $segment_id, the grid is computed
-- from its members' orders (the mart holds everyone's cells only), LoyaltyQuery passes 'live' then
select cohort_month, months_since, count_customers, count_active
from mart_loyalty_cohort
where $source = 'mart'
union all
select cohort_month, months_since, count_customers, count_active
from loyalty_cohorts($as_of, $region, $channel, $category, segment_number := $segment_id::integer)
where $source = 'live'
order by cohort_month, months_since
