-- one row per product category with complaints or returns in the period: their counts, the top complaint categories, the
-- most frequent words of the complaint texts (4+ letters, common words left out), the top return reasons, and the size:
-- customers who complained about or returned the category, and their completed net spend on it (the revenue at stake); with
-- saved segment $segment_id (null: everyone) only its members' complaints, returns and spend count
-- the rule the load's mart_opportunity_signal applies to everyone and every day (migration 0039)
select * from opportunity_complaint_signals($from, $to, $segment_id)
order by net_amount desc, category
