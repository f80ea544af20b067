-- The loyalty fixture: seven customers, star-schema rows written directly (README.md has every expected number worked out).
insert into dim_customer values
    (11, 1, 'Ada Early', 'Ada', 'ada@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '2024-03-01', false, false),
    (12, 1, 'Ada Early', 'Ada', 'ada@example.com', 'North', 'web', '2023-01-01', '2024-03-01', '9999-12-31', true, false),
    (20, 2, 'Bo Bargain', 'Bo', null, 'North', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (30, 3, 'Cy Once', 'Cy', null, 'South', 'store', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (40, 4, 'Di May', 'Di', null, 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (50, 5, 'Ed Spring', 'Ed', null, 'North', 'store', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (60, 6, '=Fay <b>"June"</b>, Jr', 'Fay', null, 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (70, 7, 'Gus Twice', 'Gus', null, 'North', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false);

insert into dim_product values
    (1, 1, 'B-1', 'A book', 'Books', 10.00, false),
    (2, 2, 'G-1', 'A game', 'Games', 20.00, false);

insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true),
    (2, 'store', 'Store', 'sales', false);

-- order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross, discount, net, discounted
insert into fct_order_line values
    (101, 1, 20240105, '2024-01-05 10:00', 11, 1, 1, 'completed', 1, 100.00, 100.00, 0.00, 100.00, false),
    (101, 2, 20240105, '2024-01-05 10:00', 11, 2, 1, 'completed', 1, 25.00, 25.00, 5.00, 20.00, true),
    (102, 1, 20240310, '2024-03-10 10:00', 12, 1, 1, 'completed', 1, 50.00, 50.00, 0.00, 50.00, false),
    (103, 1, 20240630, '2024-06-30 10:00', 12, 1, 2, 'completed', 1, 30.00, 30.00, 0.00, 30.00, false),
    (201, 1, 20240201, '2024-02-01 10:00', 20, 1, 1, 'completed', 1, 50.00, 50.00, 10.00, 40.00, true),
    (202, 1, 20240215, '2024-02-15 10:00', 20, 1, 1, 'completed', 1, 50.00, 50.00, 10.00, 40.00, true),
    (203, 1, 20240620, '2024-06-20 10:00', 20, 1, 1, 'completed', 1, 40.00, 40.00, 0.00, 40.00, false),
    (301, 1, 20240120, '2024-01-20 10:00', 30, 2, 2, 'completed', 1, 500.00, 500.00, 0.00, 500.00, false),
    (401, 1, 20240505, '2024-05-05 10:00', 40, 2, 1, 'completed', 1, 60.00, 60.00, 0.00, 60.00, false),
    (402, 1, 20240715, '2024-07-15 10:00', 40, 2, 1, 'cancelled', 1, 999.00, 999.00, 0.00, 999.00, false),
    (501, 1, 20240303, '2024-03-03 10:00', 50, 1, 2, 'completed', 1, 30.00, 30.00, 5.00, 25.00, true),
    (502, 1, 20240404, '2024-04-04 10:00', 50, 1, 2, 'completed', 1, 25.00, 25.00, 0.00, 25.00, false),
    (601, 1, 20240620, '2024-06-20 12:00', 60, 1, 1, 'completed', 1, 40.00, 40.00, 0.00, 40.00, false),
    (701, 1, 20240410, '2024-04-10 10:00', 70, 2, 1, 'completed', 1, 80.00, 80.00, 0.00, 80.00, false),
    (702, 1, 20240410, '2024-04-10 15:00', 70, 1, 1, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false);

-- complaint_id, customer_key, product_key, order_id, date_key, opened_at, resolved_at, status, category, severity, hours, text
insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at, status,
    category, severity, hours_to_resolve, complaint_text) values
    (1, 11, null, 101, 20240110, '2024-01-10 09:00', '2024-01-11 09:00', 'resolved', 'delivery', 'low', 24, 'late'),
    (2, 20, null, 202, 20240220, '2024-02-20 10:00', '2024-02-25 10:00', 'resolved', 'product', 'high', 120, 'broken'),
    (3, 30, 2, 301, 20240125, '2024-01-25 10:00', null, 'open', 'product', 'medium', null, 'wrong item'),
    (4, 12, null, 102, 20240315, '2024-03-15 10:00', null, 'open', 'billing', 'low', null, 'second complaint');

-- return_id, order_id, line, date_key, returned_at, customer_key, product_key, qty, refund, reason
insert into fct_return values
    (1, 501, 1, 20240305, '2024-03-05 10:00', 50, 1, 1, 25.00, 'damaged'),
    (2, 301, 1, 20240128, '2024-01-28 10:00', 30, 2, 1, 500.00, 'not wanted');
