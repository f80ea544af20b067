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
    segment         varchar not null,              -- Champions, Loyal, Potential Loyalist, New, Promising, Need Attention,
                                                   -- About to Sleep, At Risk, Can't Lose Them, Hibernating, Lost
    -- the loyalty report's precomputed default view (no filters, as of as_of_date); see the README's Loyalty section
    segment_rank    integer not null,              -- display order of the segment, best first
    full_price_amount decimal(18, 2) not null,     -- net revenue of lines sold without discount
    first_ordered_at timestamp not null,
    second_ordered_at timestamp,                   -- null for one-order customers
    last_ordered_on date not null,
    cohort_month    date not null,                 -- month of the first completed order
    price_class     varchar not null,              -- Brand loyal, Mixed, Deal seeker, Single purchase
    segment_prev_month varchar,                    -- segment as of as_of_date - 1 month (null: no order before then)
    segment_prev_quarter varchar,                  -- ... - 3 months
    segment_prev_year varchar,                     -- ... - 12 months
    complaint_group varchar,                       -- Resolved quickly/slowly, Unresolved, No complaint; null: not in that study
    is_complaint_retained boolean,
    return_group    varchar,                       -- Returned, No return; null: not in that study
    is_return_retained boolean
);

-- one row per (first-purchase month, months since) for the report's default view: the cohort's size and its active customers
create table mart_loyalty_cohort (
    cohort_month    date not null,
    months_since    integer not null,
    count_customers bigint not null,
    count_active    bigint not null
);

-- The RFM score map: which named segment each (r_score, f_score) cell belongs to. Reference data, shared by the mart and the
-- loyalty report, so the map is written once. It is the common R x F grid (R rows, F columns), with Hibernating's R = 1 cells
-- named Lost; m_score is reported next to the segment but does not decide it.
--      F=1             F=2                 F=3                 F=4         F=5
-- R=5  New             Potential Loyalist  Potential Loyalist  Champions   Champions
-- R=4  Promising       Potential Loyalist  Potential Loyalist  Loyal       Loyal
-- R=3  About to Sleep  About to Sleep      Need Attention      Loyal       Loyal
-- R=2  Hibernating     Hibernating         At Risk             At Risk     Can't Lose Them
-- R=1  Lost            Lost                At Risk             At Risk     Can't Lose Them
create table ref_rfm_segment (
    r_score         integer not null,
    f_score         integer not null,
    segment         varchar not null,
    segment_rank    integer not null,              -- display order, best first
    primary key (r_score, f_score)
);

insert into ref_rfm_segment
select r, f, segment, segment_rank
from (values
    (5, 1, 'New', 4), (5, 2, 'Potential Loyalist', 3), (5, 3, 'Potential Loyalist', 3), (5, 4, 'Champions', 1), (5, 5, 'Champions', 1),
    (4, 1, 'Promising', 5), (4, 2, 'Potential Loyalist', 3), (4, 3, 'Potential Loyalist', 3), (4, 4, 'Loyal', 2), (4, 5, 'Loyal', 2),
    (3, 1, 'About to Sleep', 7), (3, 2, 'About to Sleep', 7), (3, 3, 'Need Attention', 6), (3, 4, 'Loyal', 2), (3, 5, 'Loyal', 2),
    (2, 1, 'Hibernating', 10), (2, 2, 'Hibernating', 10), (2, 3, 'At Risk', 8), (2, 4, 'At Risk', 8), (2, 5, 'Can''t Lose Them', 9),
    (1, 1, 'Lost', 11), (1, 2, 'Lost', 11), (1, 3, 'At Risk', 8), (1, 4, 'At Risk', 8), (1, 5, 'Can''t Lose Them', 9)
) as map(r, f, segment, segment_rank);
