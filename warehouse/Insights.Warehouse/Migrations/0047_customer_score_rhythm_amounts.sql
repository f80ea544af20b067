-- The intervals page's two downloads stream from the scores the after-load step keeps (issue 22): computed per request, the
-- customers' scores (every customer's model fit) and the win-back list (every customer's gaps) queued for the one computation
-- allowed beside a load and failed. mart_customer_score already holds the fit and the rhythm of the page's default view; the
-- win-back list also prints each customer's regularity and spend (customer_gaps.sql), kept here from now on. Null until the
-- scores step's next run (a new build always refits), when the downloads go on computing as before.
alter table mart_customer_score add column gap_cv double;            -- stddev / mean of the gaps (null: fewer than two gaps' worth)
alter table mart_customer_score add column mean_day_amount double;   -- mean net amount per purchase day
alter table mart_customer_score add column total_amount double;      -- net amount of every purchase day up to as_of_date
