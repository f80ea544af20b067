-- one value: the run id the per-customer marts were last fitted for (null: never)
select max(run_id) from mart_customer_score_fit
