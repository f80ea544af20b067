-- the slices a $slice statement runs once for (filled by the same model script before it)
select slice from batch_slices order by slice
