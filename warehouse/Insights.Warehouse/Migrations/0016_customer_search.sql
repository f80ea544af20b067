-- The customer search (/customers, issue 18): each customer's current name and e-mail, with the keys the search compares,
-- kept by Models/marts/mart_customer_search.sql after each load. A search reads this narrow table (one row per customer)
-- instead of dim_customer's type-2 history, and compares keys normalised once here rather than per row on every keystroke.
-- Filled here once from what the warehouse already holds.

-- one row per customer (business id): the current version
create table mart_customer_search (
    customer_id     integer not null,
    full_name       varchar not null,
    preferred_name  varchar not null,
    email           varchar,
    region          varchar not null,
    is_inferred     boolean not null,
    name_key        varchar not null,              -- strip_accents(lower(full name || ' ' || preferred name)): "bjorn" finds "Björn"
    email_key       varchar                        -- lower(e-mail), trimmed
);

insert into mart_customer_search
select
    customer_id, full_name, preferred_name, email, region, is_inferred,
    strip_accents(lower(full_name || ' ' || preferred_name)),
    nullif(lower(trim(email)), '')
from dim_customer
where is_current;
