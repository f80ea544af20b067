-- true when the load has built the orders per day and product (mart_opportunity_pair_day, migration 0070: not still pending):
-- BasketQuery then reads a wide level's baskets for everyone as basket_day_counts.sql and basket_frequent_lines.sql
select not exists (select 1 from etl_model_pending where model = 'mart_opportunity_pair_day') as is_built
