-- Frees what the append held (the landing table stays: the file inbox counts each file's rows from it)
drop view landed;
drop table landed_repeats;
reset session preserve_insertion_order;
