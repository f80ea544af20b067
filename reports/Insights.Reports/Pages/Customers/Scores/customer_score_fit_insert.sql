-- one row: the fit the per-customer marts were written from, with its verdict in words; category_overdue_run_id and
-- category_cycle_run_id: the run whose fit wrote mart_customer_category_overdue and mart_category_cycle (null: not written, no
-- purchases)
insert into mart_customer_score_fit
    (run_id, current_run_id, inputs_fingerprint, fitted_at, as_of_date, count_customers, count_offers, horizon_days, clv_months, discount_rate, margin, overdue_factor,
     bg_nbd_r, bg_nbd_alpha, bg_nbd_a, bg_nbd_b, gamma_gamma_p, gamma_gamma_q, gamma_gamma_v,
     is_trusted, is_spend_trusted, bg_nbd_diagnosis, gamma_gamma_diagnosis, offers_problem,
     offers_level, offers_as_of, offers_horizon_days, offers_customers, offers_min_count, offers_pair_rules, offers_has_segments,
     offers_modelled, offers_model_note, category_overdue_run_id, category_cycle_run_id)
values
    ($run_id, $run_id, $inputs_fingerprint, $fitted_at, $as_of_date, $count_customers, $count_offers, $horizon_days, $clv_months, $discount_rate, $margin,
     $overdue_factor, $bg_nbd_r, $bg_nbd_alpha, $bg_nbd_a, $bg_nbd_b, $gamma_gamma_p, $gamma_gamma_q, $gamma_gamma_v,
     $is_trusted, $is_spend_trusted, $bg_nbd_diagnosis, $gamma_gamma_diagnosis, $offers_problem,
     $offers_level, $offers_as_of, $offers_horizon_days, $offers_customers, $offers_min_count, $offers_pair_rules, $offers_has_segments,
     $offers_modelled, $offers_model_note, $category_overdue_run_id, $category_cycle_run_id)
