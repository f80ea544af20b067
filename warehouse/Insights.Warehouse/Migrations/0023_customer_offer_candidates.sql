-- The cross-sell offers page reads the after-load offers (issue 19: first view within a second at SF10), so
-- mart_customer_offer now holds every candidate of the page's default view (category level, 90 days, default support and
-- lift), not only the top 3, with what the page shows and filters on: a segment, P(alive) floor, offer category, "most
-- revenue" ranking or more offers per customer is then a filter on these rows, equal to what the page would compute.
-- offer_rank stays the "most likely" rank (1 = the next-best offer), so readers of the top 3 keep `offer_rank <= 3`.
alter table mart_customer_offer add column revenue_rank integer;        -- rank by expected revenue (null: no expected revenue)
alter table mart_customer_offer add column category varchar;            -- the offered item's category (the item itself at category level)
alter table mart_customer_offer add column segment varchar;             -- the customer's RFM segment when the offers were computed
alter table mart_customer_offer add column expected_purchases double;   -- expected purchase days of the item in the horizon
alter table mart_customer_offer add column p_alive double;              -- the P(alive) the ranking used (1 when the fit was not trusted)
alter table mart_customer_offer add column due_in_days integer;         -- a habit's days until due (negative: overdue; null: not a habit)

-- what the page says about the offers as a whole (null: not computed)
alter table mart_customer_score_fit add column offers_level varchar;            -- category or product
alter table mart_customer_score_fit add column offers_as_of date;                -- the offers' day: the day after the last purchase day
alter table mart_customer_score_fit add column offers_horizon_days integer;
alter table mart_customer_score_fit add column offers_customers integer;        -- customers with a purchase before the offers' day
alter table mart_customer_score_fit add column offers_min_count integer;        -- customers a pair rule needs
alter table mart_customer_score_fit add column offers_pair_rules integer;       -- pair rules with lift above 1
alter table mart_customer_score_fit add column offers_has_segments boolean;
alter table mart_customer_score_fit add column offers_modelled boolean;         -- P(alive) from a trusted BG/NBD fit
alter table mart_customer_score_fit add column offers_model_note varchar;       -- why not

-- the rows written before have none of this: empty all three, and the site's catch-up (or the next load) computes them again
delete from mart_customer_offer;
delete from mart_customer_score;
delete from mart_customer_score_fit;
