-- The customer 360 fixture: five customers written straight into the star schema (README.md works out what each page shows).
-- customer_key, customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, valid_from, valid_to,
-- is_current, is_inferred
insert into dim_customer values
    (11, 1, 'Björn Ångström', 'Björn', 'bjorn.old@example.com', 'North', 'web', '2023-11-02 08:00', '0001-01-01', '2024-03-01', false, false),
    (12, 1, 'Björn Ångström', 'Björn', 'bjorn@example.com', 'South', 'web', '2023-11-02 08:00', '2024-03-01', '9999-12-31', true, false),
    (20, 2, 'Zoë <script>alert(1)</script>', 'Zoë', 'zoe@example.com', 'North', 'store', '2024-01-01 09:00', '0001-01-01', '9999-12-31', true, false),
    (30, 3, 'Annie Smith', 'Annie', 'annie.smith@example.org', 'East', 'store', null, '0001-01-01', '9999-12-31', true, false),
    (40, 4, 'Unknown customer 4', 'Customer', null, 'Unknown', 'unknown', null, '0001-01-01', '9999-12-31', true, true),
    (50, 5, 'Marta Bjornsdottir', 'Marta', 'marta@example.net', 'West', 'web', '2023-05-05 10:00', '0001-01-01', '9999-12-31', true, false);

insert into dim_product values
    (1, 1, 'SH-1', 'Trail shoes', 'Shoes', 90.00, false),
    (2, 2, 'SO-1', 'Wool socks', 'Socks', 10.00, false);

insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true),
    (2, 'store', 'Store', 'sales', false),
    (3, 'phone', 'Phone', 'operational', false);

-- order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross, discount, net, discounted
insert into fct_order_line values
    (1001, 1, 20240105, '2024-01-05 10:00', 11, 1, 1, 'completed', 1, 80.00, 80.00, 0.00, 80.00, false),
    (1001, 2, 20240105, '2024-01-05 10:00', 11, 2, 1, 'completed', 2, 10.00, 20.00, 0.00, 20.00, false),
    (1002, 1, 20240410, '2024-04-10 15:00', 12, 1, 2, 'completed', 1, 90.00, 90.00, 9.00, 81.00, true),
    (3001, 1, 20240220, '2024-02-20 11:00', 30, 2, 2, 'completed', 3, 15.00, 45.00, 0.00, 45.00, false);

-- return_id, order_id, line, date_key, returned_at, customer_key, product_key, qty, refund, reason
insert into fct_return values
    (501, 1001, 2, 20240112, '2024-01-12 10:00', 11, 2, 2, 20.00, 'too small');

-- contact_id, date_key, contacted_at, customer_key, channel_key, direction, duration_seconds, topic
insert into fct_contact values
    (701, 20240411, '2024-04-11 09:30', 12, 3, 'inbound', 330, 'delivery'),
    (702, 20240415, '2024-04-15 14:00', 40, 3, 'inbound', null, null);

insert into fct_complaint
    (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, first_response_at, resolved_at, status,
     category, severity, hours_to_resolve, complaint_text)
values
    (801, 11, 2, 1001, 20240113, '2024-01-13 09:00', '2024-01-13 12:00', '2024-01-14 09:00', 'resolved', 'product', 'low', 24,
     'Socks too small'),
    (802, 12, null, 1002, 20240412, '2024-04-12 10:00', null, null, 'open', 'delivery', 'high', null,
     'Parcel never came, call me'),
    (803, 20, null, null, 20240301, '2024-03-01 08:00', '2024-03-01 09:00', '2024-03-01 20:00', 'resolved', 'service', 'critical', 12,
     '<img src=x onerror=alert(1)> rude staff');

-- the loyalty report's scores (given here, not computed: the loyalty tests check the scoring; README.md has the arithmetic)
insert into mart_customer_rfm
    (customer_id, as_of_date, recency_days, count_orders, net_amount, r_score, f_score, m_score, segment, segment_rank,
     full_price_amount, first_ordered_at, second_ordered_at, last_ordered_on, cohort_month, price_class)
values
    (1, '2024-04-11', 1, 2, 181.00, 5, 4, 4, 'Champions', 1, 100.00, '2024-01-05 10:00', '2024-04-10 15:00', '2024-04-10', '2024-01-01', 'Mixed'),
    (3, '2024-04-11', 51, 1, 45.00, 3, 1, 2, 'About to Sleep', 7, 45.00, '2024-02-20 11:00', null, '2024-02-20', '2024-02-01', 'Single purchase');
