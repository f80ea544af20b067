-- The campaigns fixture (README.md): 400 customers in the South (ids 1-400, the planted-effect and no-effect campaigns) and
-- eight in the North (ids 501-508, the hand-computed readout), star-schema rows written directly. One completed order before
-- any campaign's window (customer 501, 2025-01-15) is the data's last day until the tests write the window's orders.
insert into dim_customer
select
    id as customer_key,
    id as customer_id,
    'Customer ' || id as full_name,
    'Pat' || id as preferred_name,
    'pat' || id || '@example.com' as email,
    case when id <= 400 then 'South' else 'North' end as region,
    'web' as signup_channel,
    timestamp '2024-01-01' as signed_up_at,
    timestamp '2024-01-01' as valid_from,
    timestamp '9999-12-31' as valid_to,
    true as is_current,
    false as is_inferred
from (select range as id from range(1, 401) union all select range from range(501, 509));

-- a name that tries to break out of the page and into a spreadsheet: customer 502
update dim_customer set full_name = '=Eve <script>alert(1)</script>', preferred_name = '@Eve' where customer_id = 502;

insert into dim_product values
    (1, 1, 'B-1', 'A book', 'Books', 10.00, false);

insert into dim_channel values
    (1, 'web', 'Web shop', 'sales', true);

-- order_id, line, date_key, ordered_at, customer_key, product_key, channel_key, status, qty, unit, gross, discount, net, discounted
insert into fct_order_line values
    (1, 1, 20250115, '2025-01-15 10:00', 501, 1, 1, 'completed', 1, 35.00, 35.00, 0.00, 35.00, false);
