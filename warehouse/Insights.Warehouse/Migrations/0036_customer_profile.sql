-- A customer's profile as one row (/customers/{id}, issue 18's speed): a first view of the profile read a row group of five
-- tables (dim_customer and the four per-customer marts of migration 0020) and spent most of its time loading and decoding
-- their column blocks, ~1-1.5 ms a table even for one customer's rows; 20 clients asking for profiles nobody asked before
-- waited 350 ms at p95 on 2 cores. This table keeps each customer's versions and events as one JSON document (one column), in
-- customer order, so that a first view reads one row. Left empty here and named pending (migration 0035): the next `etl run`
-- builds Models/marts/mart_customer_profile.sql in full (every customer, in slices of Warehouse:ModelChunkCustomers ids),
-- and each load after it keeps the documents of the customers it touched; until then the profile reads the tables one by one.

-- one row per customer (business id, across type-2 versions)
create table mart_customer_profile (
    customer_id integer not null,
    profile     varchar not null            -- JSON: versions, order_lines, returns, contacts, complaints (arrays of row arrays)
);

-- A profile reads one document by `customer_id = $id`: through this index DuckDB fetches that one row (measured at SF10:
-- 0.9-2.0 ms of CPU a first read), where a scan, even one whose zonemaps skip every other row group, decodes a whole vector
-- of 2,048 documents (~4 MB of JSON: 4.5-5.3 ms). DuckDB refuses to alter a table that has an index: a later migration
-- changing this table's columns drops it first.
create index mart_customer_profile_customer_id on mart_customer_profile (customer_id);

-- the next load builds it in full
insert into etl_model_pending (model) values ('mart_customer_profile');
