-- The complaint texts world: three customers, ten complaints in three categories (README.md works out every count and lift).
-- The term index (mart_complaint_term) is not written here: the test builds it with its model, as a load would.
insert into dim_customer values
    (1, 1, 'Ada North', 'Ada', 'ada@example.com', 'North', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (2, 2, 'Bo South', 'Bo', 'bo@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (3, 3, '=Cy <b>"Bold"</b>', 'Cy', 'cy@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false);

insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at, status,
                           category, severity, hours_to_resolve, complaint_text) values
    (1, 1, null, null, 20240301, '2024-03-01 09:00', null, 'open', 'delivery', 'low', null, 'The parcel arrived late and the box was damaged.'),
    (2, 2, null, null, 20240302, '2024-03-02 09:00', null, 'open', 'delivery', 'low', null, 'Parcel ARRIVED LATE again!'),
    (3, 1, null, null, 20240303, '2024-03-03 09:00', null, 'open', 'delivery', 'low', null, 'Courier left the parcel outside; it arrived late.'),
    (4, 2, null, null, 20240304, '2024-03-04 09:00', null, 'open', 'delivery', 'low', null, 'Where is my parcel? It came damaged.'),
    (5, 3, null, null, 20240305, '2024-03-05 09:00', null, 'open', 'product', 'medium', null, 'The Crème brûlée mix was stale.'),
    (6, 1, null, null, 20240306, '2024-03-06 09:00', null, 'open', 'product', 'medium', null, 'creme brulee mix tasted stale, not fresh'),
    (7, 2, null, null, 20240307, '2024-03-07 09:00', null, 'open', 'product', 'medium', null, 'Box was damaged and the mix spilled'),
    (8, 3, null, null, 20240308, '2024-03-08 09:00', null, 'open', 'product', 'high', null,
        '<script>alert(''x'')</script> "><img src=x onerror=alert(1)> broken blender'),
    (9, 3, null, null, 20240309, '2024-03-09 09:00', null, 'open', 'billing', 'high', null,
        '=HYPERLINK("http://evil.example","refund") charged twice'),
    (10, 1, null, null, 20240310, '2024-03-10 09:00', null, 'open', 'billing', 'low', null, 'I was charged twice for the same order');
