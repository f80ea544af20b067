-- The model figures of the segments fixture, written straight into the marts the after-load scores step keeps (its fit is
-- not run here: every figure is chosen by hand, README.md "Model figures" lists them and each model condition's members).
-- Customer 8 has no completed purchase, so no score row and no offer.
insert into mart_customer_score_fit (run_id, current_run_id, inputs_fingerprint, fitted_at, as_of_date, count_customers, count_offers,
    horizon_days, clv_months, discount_rate, margin, overdue_factor, is_trusted, is_spend_trusted, bg_nbd_diagnosis,
    gamma_gamma_diagnosis, offers_problem, category_overdue_run_id) values
    (1, 1, 'segments world', '2024-07-01 06:00', '2024-06-30', 7, 10, 90, 12, 0.01, 0.3, 2.0, true, true,
     'BG/NBD converged on 7 customers (hand-made)', 'Gamma-Gamma converged (hand-made)', null, 1);

-- customer_id, run_id, as_of_date, last_purchase_on, count_purchase_days, frequency, recency_days, age_days, mean_repeat_amount,
-- p_alive, expected_purchases_90d, expected_average_amount, clv_amount, mean_gap_days, median_gap_days, days_since_last,
-- overdue_ratio, is_overdue, gap_cv, mean_day_amount, total_amount (migration 0047: not read by the segment tests)
insert into mart_customer_score values
    (1, 1, '2024-06-30', '2024-06-30', 3, 2, 177, 177, 70.0, 0.95, 2.40, 70.0, 420.00, 88.5, 88.5, 0, 0.0, false, null, null, null),
    (2, 1, '2024-06-30', '2024-06-20', 3, 2, 60, 70, 40.0, 0.80, 1.50, 40.0, 180.00, 30.0, 30.0, 10, 0.33, true, null, null, null),
    (3, 1, '2024-06-30', '2024-01-20', 1, 0, 0, 162, 0.0, 0.20, 0.10, 500.0, 15.00, null, null, 162, null, false, null, null, null),
    (4, 1, '2024-06-30', '2024-05-05', 1, 0, 0, 56, 0.0, 0.55, 0.30, 60.0, 30.00, null, null, 56, null, false, null, null, null),
    (5, 1, '2024-06-30', '2024-04-04', 2, 1, 30, 117, 25.0, 0.35, 0.50, 25.0, 25.50, 30.0, 30.0, 87, 2.9, false, null, null, null),
    (6, 1, '2024-06-30', '2024-06-20', 1, 0, 0, 10, 0.0, 0.90, 0.80, 40.0, 60.00, null, null, 10, null, false, null, null, null),
    (7, 1, '2024-06-30', '2024-04-10', 2, 1, 20, 101, 50.0, 0.40, 0.60, 50.0, 45.00, 20.0, 20.0, 81, 4.05, false, null, null, null);

-- customer_id, offer_rank, run_id, item (category), score (expected revenue), basis, reason; customer 7 has none
insert into mart_customer_offer (customer_id, offer_rank, run_id, item, score, basis, reason) values
    (1, 1, 1, 'Books', 35.00, 'rule', 'due again: buys Books every 89 days'),
    (1, 2, 1, 'Games', 20.00, 'segment', 'Champions buy Games'),
    (2, 1, 1, 'Games', 22.50, 'rule', '=bought Books; buyers of Books buy Games'),
    (2, 2, 1, 'Books', 12.00, 'rule', 'due again'),
    (3, 1, 1, 'Books', 4.00, 'segment', 'Lost customers come back for Books'),
    (4, 1, 1, 'Books', 9.00, 'rule', 'buyers of Games buy Books'),
    (4, 2, 1, 'Games', 3.00, 'segment', 'Hibernating buy Games'),
    (5, 1, 1, 'Games', 6.00, 'rule', 'buyers of Books buy Games'),
    (6, 1, 1, 'Games', 8.00, 'rule', 'buyers of Books buy Games'),
    (6, 2, 1, 'Books', 5.00, 'segment', 'due again');

-- customer_id, category, run_id, as_of_date, last_purchase_on, count_purchase_days, median_cycle_days, days_since_last,
-- overdue_ratio: the customers overdue in a category (chosen by hand, as the rest: 5 in Books, 7 in Games and Books)
insert into mart_customer_category_overdue values
    (5, 'Books', 1, '2024-06-30', '2024-04-04', 2, 30.0, 87, 2.9),
    (7, 'Games', 1, '2024-06-30', '2024-04-10', 2, 40.0, 81, 2.025),
    (7, 'Books', 1, '2024-06-30', '2024-04-10', 2, 40.0, 81, 2.025);
