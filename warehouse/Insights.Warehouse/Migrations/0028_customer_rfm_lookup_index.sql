-- A customer's RFM row by id, for the profile (/customers/{id}) and the search results (issue 18). mart_customer_rfm is written
-- in no particular order (its rows come out of a grouping), so its per-row-group min/max cannot skip anything and a lookup of
-- one customer scanned all its rows: at SF10 880 k rows, about 6 ms of CPU a profile, the largest of its reads. DuckDB answers
-- `customer_id = $id`, and a join from a few customers, from this index instead (measured: docs/performance.md, "Customers").
-- Cost: about 1 s to build at SF10; the model's merge keeps it (its deletes and inserts; its update sets columns outside it).
-- DuckDB refuses to alter a table that has an index: a later migration changing this table's columns drops it first.
create index mart_customer_rfm_customer_id on mart_customer_rfm (customer_id);
