-- What each load changed (issue 22: after-load steps cost what changed). One row per finished load: the lasting relations
-- (raw tables, dims, facts, marts) its model build changed, as the build tracked them (BuildChanges); an empty list: it changed
-- nothing (it landed nothing, or what it landed changed no model). Null: it rebuilt everything (etl run --full), so any
-- relation may have changed. An after-load step reads the rows of the runs since it was last current and is skipped when none
-- of them changed a relation it reads. Runs before this migration have no row: a step treats them as unknown (it fingerprints
-- its inputs as before). Failed and abandoned runs have none either: they rolled back, so they changed nothing.
create table etl_run_change (
    run_id              bigint primary key,
    changed_relations   varchar[]
);

-- The items the kept offers (mart_customer_offer) left out because the customer returned or complained about them shortly
-- before the offers' as-of day (offer_blocks.sql of the cross-sell offers, as the after-load step computed them): a load
-- that changes only returns or product complaints recomputes the offers of exactly the customers whose blocked items differ
-- from these (issue 19: offers incremental). Written by the after-load step with the offers; empty until its next full write,
-- which a step then does (it cannot tell whose blocks changed).
create table mart_customer_offer_block (
    customer_id     integer not null,
    item_id         integer not null,               -- the offered item's id at the offers' level (basket_items)
    happened_on     date not null,                  -- the latest return or complaint of the item
    what            varchar not null,               -- returned, complained about
    primary key (customer_id, item_id)
);
