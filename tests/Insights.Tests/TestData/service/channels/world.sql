-- The channels and attribution fixture: five customers, eleven contacts, eleven completed orders, written straight into the
-- star schema and the order marts (README.md beside it works out every number the tests expect).
-- customer_key, customer_id, full_name, preferred_name, email, region, signup_channel, signed_up_at, valid_from, valid_to,
-- is_current, is_inferred
insert into dim_customer values
    (10, 1, 'Ann <b>North</b>', 'Ann', 'ann@example.com', 'North', 'web', '2023-01-01', '1900-01-01', '9999-12-31', true, false),
    (20, 2, 'Ben South', 'Ben', null, 'South', 'store', '2023-01-01', '1900-01-01', '9999-12-31', true, false),
    (30, 3, 'Cat South', 'Cat', null, 'South', 'web', '2023-01-01', '1900-01-01', '9999-12-31', true, false),
    (40, 4, 'Dan Nobuy', 'Dan', null, 'North', 'web', '2023-01-01', '1900-01-01', '9999-12-31', true, false),
    (50, 5, 'Eve Late', 'Eve', null, 'North', 'web', '2023-01-01', '1900-01-01', '9999-12-31', true, false);

insert into dim_product values
    (1, 1, 'B-1', 'A book', 'Books', 10.00, false);

-- channel_key, channel_code, channel_name, crm_face, is_self_service
insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true),
    (2, 'store', 'Store', 'sales', false),
    (3, 'app', 'Mobile app', 'sales', true),
    (4, 'phone', 'Phone', 'operational', false),
    (5, 'visit', 'Visit', 'operational', false),
    (6, 'email', 'E-mail', 'operational', false),
    (7, 'portal_login', 'Portal login', 'collaborative', true);

-- contact_id, contact_date_key, contacted_at, customer_key, channel_key, direction, duration_seconds, topic
insert into fct_contact values
    (1, 20240106, '2024-01-06 10:00', 10, 4, 'inbound', 300, 'order'),
    (2, 20240131, '2024-01-31 09:00', 10, 6, 'outbound', null, 'offer'),
    (3, 20240210, '2024-02-10 20:00', 10, 7, 'inbound', null, null),
    (11, 20240212, '2024-02-12 09:30', 10, 4, 'inbound', 180, 'order'),
    (4, 20240110, '2024-01-10 11:00', 20, 4, 'outbound', 600, 'offer'),
    (5, 20240301, '2024-03-01 14:00', 20, 4, 'inbound', 420, 'order'),
    (6, 20240305, '2024-03-05 09:00', 20, 6, 'inbound', 60, 'order'),
    (7, 20240220, '2024-02-20 15:00', 30, 5, 'inbound', 1800, 'repair'),
    (8, 20240310, '2024-03-10 08:00', 30, 7, 'inbound', null, null),
    (9, 20240315, '2024-03-15 12:00', 40, 6, 'inbound', 120, 'question'),
    (10, 20240420, '2024-04-20 10:00', 50, 4, 'inbound', 240, 'order');

-- one line per order: order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross,
-- discount, net, discounted
insert into fct_order_line values
    (101, 1, 20231210, '2023-12-10 10:00', 10, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (102, 1, 20240120, '2024-01-20 12:00', 10, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (103, 1, 20240215, '2024-02-15 18:00', 10, 1, 2, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (104, 1, 20240308, '2024-03-08 10:00', 10, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (105, 1, 20240930, '2024-09-30 10:00', 10, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (201, 1, 20230115, '2023-01-15 10:00', 20, 1, 2, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (202, 1, 20240305, '2024-03-05 10:00', 20, 1, 2, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (203, 1, 20240405, '2024-04-05 10:00', 20, 1, 2, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (301, 1, 20230601, '2023-06-01 10:00', 30, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (302, 1, 20240320, '2024-03-20 10:00', 30, 1, 1, 'cancelled', 1, 10.00, 10.00, 0.00, 10.00, false),
    (501, 1, 20240401, '2024-04-01 10:00', 50, 1, 1, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false),
    (502, 1, 20240510, '2024-05-10 10:00', 50, 1, 3, 'completed', 1, 10.00, 10.00, 0.00, 10.00, false);

-- the completed orders as the load's order mart holds them (the cancelled 302 is not one)
insert into mart_customer_order
select c.customer_id, l.order_id, l.ordered_at, ch.channel_code, l.net_amount, l.net_amount
from fct_order_line as l
join dim_customer as c on c.customer_key = l.customer_key
join dim_channel as ch on ch.channel_key = l.channel_key
where l.order_status = 'completed';

-- current segments (only the columns the service views read are meaningful); Dan has no completed order, so no segment
insert into mart_customer_rfm (customer_id, as_of_date, recency_days, count_orders, net_amount, r_score, f_score, m_score, segment,
    segment_rank, full_price_amount, first_ordered_at, last_ordered_on, cohort_month, price_class)
values
    (1, '2024-10-01', 1, 5, 50.00, 5, 5, 5, 'Champions', 1, 50.00, '2023-12-10', '2024-09-30', '2023-12-01', 'Brand loyal'),
    (2, '2024-10-01', 179, 3, 30.00, 2, 4, 4, 'Loyal', 2, 30.00, '2023-01-15', '2024-04-05', '2023-01-01', 'Brand loyal'),
    (3, '2024-10-01', 488, 1, 10.00, 1, 1, 1, 'At Risk', 8, 10.00, '2023-06-01', '2023-06-01', '2023-06-01', 'Single purchase'),
    (5, '2024-10-01', 144, 2, 20.00, 3, 3, 3, 'Loyal', 2, 20.00, '2024-04-01', '2024-05-10', '2024-04-01', 'Brand loyal');
