-- one row per product category with complaints or returns in the period: their counts, the top complaint categories, the
-- most frequent words of the complaint texts (4+ letters, common words left out), the top return reasons, and the size:
-- customers who complained about or returned the category, and their completed net spend on it (the revenue at stake); with
-- saved segment $segment_id (null: everyone) only its members' complaints, returns and spend count
-- the rule the load's mart_opportunity_signal applies to everyone and every day (migrations 0039, 0072, 0075); $kept: the
-- spend and words read from what the load keeps (mart_opportunity_signal_order, mart_complaint_signal_word, once built:
-- opportunity_day_state.sql's signals_kept), else from every customer's rows and the texts
select * from opportunity_complaint_signals($from, $to, $segment_id, $kept)
order by net_amount desc, category
