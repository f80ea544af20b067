-- The returns world: three customers, three products, six orders (one cancelled), six returns (README.md works out every number).
insert into dim_customer values
    (1, 1, 'Ada North', 'Ada', 'ada@example.com', 'North', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (2, 2, 'Bo South', 'Bo', 'bo@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (3, 3, '=Cy <script>x</script>', 'Cy', 'cy@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false);

insert into dim_product values
    (1, 1, 'K-1', 'Kettle', 'Kitchen', 40.00, false),
    (2, 2, 'T-1', 'Toaster', 'Kitchen', 50.00, false),
    (3, 3, 'N-1', 'Novel', 'Books', 20.00, false);

insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true);

-- order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross, discount, net, discounted
insert into fct_order_line values
    (101, 1, 20240110, '2024-01-10 10:00', 1, 1, 1, 'completed', 2, 40.00, 80.00, 0.00, 80.00, false),
    (101, 2, 20240110, '2024-01-10 10:00', 1, 3, 1, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false),
    (102, 1, 20240120, '2024-01-20 10:00', 2, 2, 1, 'completed', 1, 50.00, 50.00, 0.00, 50.00, false),
    (103, 1, 20240205, '2024-02-05 10:00', 3, 1, 1, 'completed', 1, 40.00, 40.00, 0.00, 40.00, false),
    (103, 2, 20240205, '2024-02-05 10:00', 3, 3, 1, 'completed', 3, 20.00, 60.00, 6.00, 54.00, true),
    (104, 1, 20240215, '2024-02-15 10:00', 1, 2, 1, 'completed', 2, 50.00, 100.00, 0.00, 100.00, false),
    (105, 1, 20240220, '2024-02-20 10:00', 2, 1, 1, 'cancelled', 5, 40.00, 200.00, 0.00, 200.00, false),
    (106, 1, 20240305, '2024-03-05 10:00', 3, 3, 1, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false);

-- return_id, order_id, line, date_key, returned_at, customer_key, product_key, qty, refund, reason
insert into fct_return values
    (1, 101, 1, 20240115, '2024-01-15 10:00', 1, 1, 1, 40.00, 'damaged'),
    (2, 101, 1, 20240302, '2024-03-02 10:00', 1, 1, 1, 40.00, 'not wanted'),
    (3, 104, 1, 20240220, '2024-02-20 10:00', 1, 2, 1, 50.00, 'damaged'),
    (4, 103, 2, 20240210, '2024-02-10 10:00', 3, 3, 1, 18.00, 'wrong item'),
    (5, 106, 1, 20240310, '2024-03-10 10:00', 3, 3, 1, 20.00, 'not wanted'),
    (6, 105, 1, 20240222, '2024-02-22 10:00', 2, 1, 1, 40.00, 'damaged');
