-- The customer profile's model figures and next-best offers (/customers/{id}, issue 18). The purchase models (BG/NBD and
-- Gamma-Gamma) are fitted in C#, so no SQL model can build these tables: the reports' after-load step
-- (reports/Insights.Reports/Pages/Customers/Scores) rewrites all three in one transaction after every committed load, and the
-- site fills them in the background for a warehouse loaded before they existed. The profile only looks a customer up.

-- one row per fit (the latest only): what it was fitted for and whether it can be trusted; no row = not computed yet
create table mart_customer_score_fit (
    -- ids
    run_id          bigint not null,               -- the latest finished ETL run when the fit read the warehouse
    current_run_id  bigint not null,               -- the latest run after which the inputs were found unchanged (>= run_id)
    inputs_fingerprint varchar not null,           -- what the fit read (purchase days, order lines, segments, products) and the code
    -- timestamps
    fitted_at       timestamp not null,
    -- dates
    as_of_date      date,                          -- the calibration end: the warehouse's last purchase day (null: no purchases)
    -- numerics
    count_customers integer not null,              -- customers scored (with a purchase on or before as_of_date)
    count_offers    bigint not null,               -- rows of mart_customer_offer
    horizon_days    integer not null,              -- expected purchases are over the next horizon_days after as_of_date
    clv_months      integer not null,              -- CLV horizon, discount and margin: the intervals page's defaults
    discount_rate   double not null,
    margin          double not null,
    overdue_factor  double not null,
    bg_nbd_r        double,                        -- fitted parameters, in weeks (null: no fit)
    bg_nbd_alpha    double,
    bg_nbd_a        double,
    bg_nbd_b        double,
    gamma_gamma_p   double,
    gamma_gamma_q   double,
    gamma_gamma_v   double,
    -- flags and verdicts
    is_trusted      boolean not null,              -- BG/NBD trusted: P(alive) and expected purchases are filled
    is_spend_trusted boolean not null,             -- Gamma-Gamma trusted too: expected spend and CLV are filled
    bg_nbd_diagnosis varchar not null,             -- the fit's own words: why it is trusted or not
    gamma_gamma_diagnosis varchar not null,
    offers_problem  varchar                        -- why there are no offers (null: the offers step ran)
);

-- one row per customer (business id, across type-2 versions) with a completed purchase on or before the fit's as_of_date
create table mart_customer_score (
    -- ids
    customer_id     integer not null,
    run_id          bigint not null,
    -- dates
    as_of_date      date not null,
    last_purchase_on date not null,
    -- numerics: the buy-till-you-die summary (purchase days, as the intervals page counts them)
    count_purchase_days bigint not null,
    frequency       integer not null,              -- repeat purchase days
    recency_days    integer not null,              -- first to last purchase day
    age_days        integer not null,              -- first purchase day to as_of_date
    mean_repeat_amount double not null,
    -- model figures: null when the fit behind them is not trusted
    p_alive         double,
    expected_purchases_90d double,
    expected_average_amount double,
    clv_amount      double,
    -- rhythm (null with a single purchase day)
    mean_gap_days   double,
    median_gap_days double,
    days_since_last integer not null,              -- days from last_purchase_on to as_of_date
    overdue_ratio   double,                        -- days_since_last / median_gap_days
    is_overdue      boolean not null               -- three or more purchase days and overdue_ratio >= the fit's overdue_factor
);

-- one row per customer and offer rank (top 3): the cross-sell offers page's default ranking
create table mart_customer_offer (
    customer_id     integer not null,
    offer_rank      integer not null,
    run_id          bigint not null,
    item            varchar not null,
    score           double not null,
    basis           varchar not null,              -- rule or segment
    reason          varchar not null
);
