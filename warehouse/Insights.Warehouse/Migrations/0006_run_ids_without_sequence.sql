-- etl_run.run_id loses its nextval() default. DuckDB 1.5 cannot replay, from the write-ahead log, an ALTER of a table whose
-- default calls a function (found by the kill test: a process killed after migrating left a warehouse that would not open).
-- Run ids are now max + 1, safe because one process writes at a time.
alter table etl_run alter column run_id drop default;
drop sequence etl_run_id_seq;
