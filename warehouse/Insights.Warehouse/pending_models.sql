-- the models a migration left to be built in full by the next load (etl_model_pending, migration 0035)
select model from etl_model_pending order by model
