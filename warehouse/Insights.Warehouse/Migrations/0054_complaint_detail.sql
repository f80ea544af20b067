-- The complaints view's per-complaint attributes from the load (issues 17/22: every first view at SF10 within 1 s; the
-- complaints view took 1.66-1.74 s p95, most of it complaints_in_view.sql joining every complaint to the 6.5 M completed
-- orders for its order channel, and to the customer versions for its region). One row per complaint with what the view
-- filters and groups by that only a load changes: the customer (business id) and region of the version in force at the
-- opening, the order channel group, the lower-case severity. The product category is still read per request (dim_product,
-- a product's category may change without its complaints changing). Kept by Models/marts/mart_complaint_detail.sql; left
-- empty here and named pending, so the next `etl run` fills it whole; until then the view reads the facts
-- (complaints_in_view.sql), as before.

-- one row per complaint
create table mart_complaint_detail (
    complaint_id        bigint not null,
    customer_id         integer not null,           -- of the customer version in force at the opening (fct_complaint.customer_key)
    region              varchar,                    -- that version's region
    product_key         bigint,                     -- the complaint's product (null: none)
    order_id            bigint,                     -- the complaint's order (null: none); a load that rebuilds it rebuilds the row
    order_channel       varchar not null,           -- the completed order's channel, '(no order)' or '(order not completed)'
    category            varchar,                    -- the complaint category
    severity            varchar,                    -- lower case
    opened_at           timestamp not null,
    first_response_at   timestamp,
    resolved_at         timestamp,
    reopened_count      integer
);

insert into etl_model_pending (model)
select 'mart_complaint_detail'
where 'mart_complaint_detail' not in (select model from etl_model_pending);
