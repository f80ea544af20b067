-- Models a migration created empty and the next load must build in full (ModelRunner): a new mart is filled by its own
-- model, from every row the warehouse holds, at the next `etl run`, even one that lands nothing new, rather than at the first
-- load that happens to touch its inputs (until then a page reading it falls back to the facts or says it is not built).
-- A migration that creates a mart inserts the mart's model name here; the build that fills it deletes the row in the same
-- transaction, so a failed build leaves it pending. A model named here must rebuild whole under $full.
create table etl_model_pending (
    model            varchar primary key,
    since            timestamp not null default current_timestamp
);

-- migration 0034's marts, on a warehouse migrated to 0034 and not loaded since (a warehouse whose load filled them is current)
insert into etl_model_pending (model)
select 'mart_sale_day' where not exists (select 1 from mart_sale_day)
union all
select 'mart_sale_return' where not exists (select 1 from mart_sale_return);
