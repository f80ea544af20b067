-- The complaints world: five customers, nine complaints, eight completed orders, star-schema rows written directly. "Now" is
-- 2024-07-01 12:00 (the tests' clock); the SLA targets are the defaults (critical 24h, high 48h, medium 5d, low 10d; cosmetic
-- has none). README.md works out every number the tests expect.
insert into dim_customer values
    (11, 1, 'Ana Moved', 'Ana', 'ana@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '2024-03-01', false, false),
    (12, 1, 'Ana Moved', 'Ana', 'ana@example.com', 'North', 'web', '2023-01-01', '2024-03-01', '9999-12-31', true, false),
    (20, 2, 'Ben Ninety', 'Ben', 'ben@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (30, 3, '<b>Cat</b> "Script"', 'Cat', 'cat@example.com', 'North', 'store', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (40, 4, 'Dan Twice', 'Dan', 'dan@example.com', 'South', 'web', '2023-01-01', '2023-01-01', '9999-12-31', true, false),
    (50, 5, 'Eve Oldfile', 'Eve', 'eve@example.com', 'North', 'store', '2023-01-01', '2023-01-01', '9999-12-31', true, false);

insert into dim_product values
    (1, 1, 'B-1', 'A book', 'Books', 10.00, false),
    (2, 2, 'G-1', 'A game', 'Games', 20.00, false);

insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true),
    (2, 'store', 'Store', 'sales', false);

-- order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross, discount, net, discounted
insert into fct_order_line values
    (100, 1, 20240110, '2024-01-10 10:00', 11, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (101, 1, 20240502, '2024-05-02 10:00', 12, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (102, 1, 20240603, '2024-06-03 10:00', 12, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (102, 2, 20240603, '2024-06-03 10:00', 12, 2, 1, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false),
    (201, 1, 20240505, '2024-05-05 10:00', 20, 2, 2, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false),
    (202, 1, 20240610, '2024-06-10 10:00', 20, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (301, 1, 20240520, '2024-05-20 10:00', 30, 1, 2, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (401, 1, 20240615, '2024-06-15 10:00', 40, 2, 1, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false),
    (402, 1, 20240616, '2024-06-16 10:00', 40, 2, 1, 'cancelled', 1, 20.00, 20.00, 0.00, 20.00, false),
    (501, 1, 20240620, '2024-06-20 10:00', 50, 2, 2, 'completed', 1, 20.00, 20.00, 0.00, 20.00, false);

-- the completed-order marts every load keeps, as migration 0011 fills them from the order lines
insert into mart_customer_category_order
select customers.customer_id, lines.order_id, min(lines.ordered_at), min(channels.channel_code), products.category,
       sum(lines.net_amount)::decimal(18, 2), coalesce(sum(lines.net_amount) filter (where not lines.is_discounted), 0)::decimal(18, 2)
from fct_order_line as lines
join dim_customer as customers on customers.customer_key = lines.customer_key
join dim_channel as channels on channels.channel_key = lines.channel_key
join dim_product as products on products.product_key = lines.product_key
where lines.order_status = 'completed'
group by customers.customer_id, lines.order_id, products.category;

insert into mart_customer_order
select customer_id, order_id, min(ordered_at), min(channel_code), sum(net_amount)::decimal(18, 2), sum(full_price_amount)::decimal(18, 2)
from mart_customer_category_order
group by customer_id, order_id;

-- current segments: Ben and Dan "At Risk", the others "Champions" (only the segment matters here)
insert into mart_customer_rfm (customer_id, as_of_date, recency_days, count_orders, net_amount, r_score, f_score, m_score, segment,
                               segment_rank, full_price_amount, first_ordered_at, last_ordered_on, cohort_month, price_class)
values
    (1, '2024-06-21', 18, 3, 40.00, 5, 5, 5, 'Champions', 1, 40.00, '2024-01-10', '2024-06-03', '2024-01-01', 'Brand loyal'),
    (2, '2024-06-21', 11, 2, 30.00, 2, 2, 2, 'At Risk', 8, 30.00, '2024-05-05', '2024-06-10', '2024-05-01', 'Brand loyal'),
    (3, '2024-06-21', 32, 1, 10.00, 5, 5, 5, 'Champions', 1, 10.00, '2024-05-20', '2024-05-20', '2024-05-01', 'Single purchase'),
    (4, '2024-06-21', 6, 1, 20.00, 2, 2, 2, 'At Risk', 8, 20.00, '2024-06-15', '2024-06-15', '2024-06-01', 'Single purchase'),
    (5, '2024-06-21', 1, 1, 20.00, 5, 5, 5, 'Champions', 1, 20.00, '2024-06-20', '2024-06-20', '2024-06-01', 'Single purchase');

insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at, status, category,
                           severity, hours_to_resolve, complaint_text, first_response_at, reopened_count, hours_to_first_response)
values
    -- C1: Ana while in the South; resolved in 24 h (high: 48 h)
    (1, 11, null, 100, 20240115, '2024-01-15 10:00', '2024-01-16 10:00', 'resolved', 'delivery', 'high', 24,
        'parcel late', '2024-01-15 12:00', 0, 2),
    -- C2: Ana, 91 days after C1; resolved late (120 h > 48 h) and reopened once
    (2, 12, 1, 100, 20240415, '2024-04-15 10:00', '2024-04-20 10:00', 'resolved', 'product', 'high', 120,
        'pages missing', '2024-04-16 10:00', 1, 24),
    -- C3: Ben, no product, no order; 12 h (critical: 24 h)
    (3, 20, null, null, 20240302, '2024-03-02 09:00', '2024-03-02 21:00', 'resolved', 'billing', 'critical', 12,
        'charged twice', '2024-03-02 10:00', 0, 1),
    -- C4: Ben, 90 days after C3; open 747 h (low: 240 h): past the target by 507 h
    (4, 20, 2, 201, 20240531, '2024-05-31 09:00', null, 'open', 'delivery', 'low', null,
        'box crushed', '2024-06-03 09:00', 0, 72),
    -- C5: Cat, open 16 h (critical: 24 h): not yet past; the text is hostile customer input
    (5, 30, 1, 301, 20240630, '2024-06-30 20:00', null, 'open', 'product', 'critical', null,
        '=HYPERLINK("http://evil.example") <script>alert(1)</script>', '2024-06-30 22:00', 0, 2),
    -- C6: Dan; 36 h (medium: 120 h), reopened twice
    (6, 40, 2, 401, 20240620, '2024-06-20 08:00', '2024-06-21 20:00', 'resolved', 'delivery', 'medium', 36,
        'wrong address', '2024-06-20 14:00', 2, 6),
    -- C7: Eve, about a cancelled order; open 144 h, cosmetic has no target
    (7, 50, null, 402, 20240625, '2024-06-25 12:00', null, 'open', 'billing', 'cosmetic', null,
        'invoice typo', '2024-06-26 12:00', 0, 24),
    -- C8: Dan, 8 days after C6; open 72 h (critical: 24 h): past the target by 48 h
    (8, 40, 2, 401, 20240628, '2024-06-28 12:00', null, 'open', 'product', 'critical', null,
        'does not start', '2024-06-28 16:00', 0, 4),
    -- C9: Eve, from an old file: no first response, no reopen count; 48 h (medium: 120 h)
    (9, 50, 1, null, 20240510, '2024-05-10 09:00', '2024-05-12 09:00', 'resolved', 'legacy', 'medium', 48,
        'old complaint', null, null, null);
