-- keeps the blocked items the offers were just computed with (offer_blocks_now, the caller's temporary table), in the
-- transaction that writes the offers
delete from mart_customer_offer_block;
insert into mart_customer_offer_block (customer_id, item_id, happened_on, what)
select customer_id, item_id, happened_on, what from offer_blocks_now;
