-- The customer's current RFM segment, shared by the reports that target segments (loyalty, cross-sell, segment builder).
-- Filled by Models/marts/mart_customer_rfm.sql after each load; the loyalty report documents the score map.

-- one row per customer (business id, across type-2 versions) with at least one completed order, scored as of as_of_date
create table mart_customer_rfm (
    customer_id     integer not null,
    as_of_date      date not null,                 -- the day after the latest completed order in the warehouse
    recency_days    integer not null,              -- days from the customer's last completed order to as_of_date
    count_orders    bigint not null,               -- completed orders (frequency)
    net_amount      decimal(18, 2) not null,       -- completed net revenue (monetary)
    r_score         integer not null,              -- 1..5, 5 = most recent
    f_score         integer not null,              -- 1..5, 5 = most frequent
    m_score         integer not null,              -- 1..5, 5 = highest spend
    segment         varchar not null               -- Champions, Loyal, Potential Loyalist, New, Promising, Need Attention,
                                                   -- About to Sleep, At Risk, Can't Lose Them, Hibernating, Lost
);
