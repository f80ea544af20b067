-- true when the load has built the categories' masks (mart_order_category_mask and its bits, migration 0056: neither still
-- pending) and every bit fits in 64: BasketQuery then reads category baskets from basket_category_masks.sql, else it groups
-- the (order, category) rows itself (basket_masks.sql)
select not exists (select 1 from etl_model_pending where model in ('mart_basket_category', 'mart_order_category_mask'))
   and coalesce((select max(bit) from mart_basket_category), -1) < 64 as is_built
