-- the slices of this run's batch a $chunk statement runs once for (filled by the model script before it)
select chunk from batch_chunks order by chunk
