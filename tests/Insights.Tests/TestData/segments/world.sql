-- The segments fixture: written after TestData/loyalty/world.sql (seven customers, their orders, complaints and returns),
-- adding a customer without orders, a complaint in progress, contact channels and contacts. README.md has every member.
insert into dim_customer values
    (80, 8, 'Hal Nobody', 'Hal', 'hal@example.com', 'East', 'app', '2024-01-01', '2024-01-01', '9999-12-31', true, false);

insert into dim_channel values
    (3, 'phone', 'Phone', 'operational', false),
    (4, 'portal_login', 'Portal login', 'collaborative', true);

-- complaint 5: customer 4, in progress (unresolved, not open)
insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at, status,
    category, severity, hours_to_resolve, complaint_text) values
    (5, 40, null, 401, 20240510, '2024-05-10 09:00', null, 'in_progress', 'delivery', 'medium', null, 'where is it');

-- contact_id, date_key, contacted_at, customer_key, channel_key, direction, duration, topic
insert into fct_contact values
    (1, 20240625, '2024-06-25 10:00', 12, 3, 'inbound', 300, 'order'),
    (2, 20240501, '2024-05-01 10:00', 20, 4, 'inbound', null, null),
    (3, 20240520, '2024-05-20 10:00', 20, 3, 'outbound', 120, 'offer'),
    (4, 20240628, '2024-06-28 10:00', 80, 4, 'inbound', null, null),
    (5, 20231201, '2023-12-01 10:00', 30, 3, 'inbound', 60, 'question');
