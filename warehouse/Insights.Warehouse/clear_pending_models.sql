-- the pending models are built (in the caller's transaction: a failed build leaves them pending)
delete from etl_model_pending
