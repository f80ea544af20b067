-- The offers world (README.md works out every number): five products, one per category; six customers; purchases before the
-- backtest's cutoff 2024-04-01 and in its 30-day horizon after it; a return and a complaint.
insert into dim_product values
  (1, 1, null, 'Coffee beans', 'Coffee', 10.00, false), (2, 2, null, 'Croissant', 'Bakery', 3.00, false),
  (3, 3, null, 'Milk', 'Dairy', 2.50, false), (4, 4, null, 'Green tea', 'Tea', 5.00, false),
  (5, 5, null, 'Soap', 'Household', 4.00, false);

insert into dim_customer values
  (1, 1, 'Ann Archer', 'Ann', 'ann@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false),
  (2, 2, 'Ben Baker', 'Ben', 'ben@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false),
  (3, 3, 'Cat Cole', 'Cat', 'cat@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false),
  (4, 4, 'Dan Drew', 'Dan', 'dan@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false),
  (5, 5, 'Eve Ellis', 'Eve', 'eve@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false),
  (6, 6, 'Fay Fox', '=Fay <b>"June"</b>', 'fay@example.com', 'North', 'web', null, timestamp '2020-01-01', timestamp '9999-12-31', true, false);

insert into fct_order_line
select order_id, 1, 0, ordered_at::timestamp, customer, product, 1, status, 1, amount, amount, 0, amount, false
from (values
  -- Ann: Coffee every 14 days (7 purchase days), then Coffee and a Croissant on 04-08 (in the horizon)
  (101, '2024-01-01 09:00', 1, 1, 'completed', 10.00), (102, '2024-01-15 09:00', 1, 1, 'completed', 10.00),
  (103, '2024-01-29 09:00', 1, 1, 'completed', 10.00), (104, '2024-02-12 09:00', 1, 1, 'completed', 10.00),
  (105, '2024-02-26 09:00', 1, 1, 'completed', 10.00), (106, '2024-03-11 09:00', 1, 1, 'completed', 10.00),
  (107, '2024-03-25 09:00', 1, 1, 'completed', 10.00), (108, '2024-04-08 09:00', 1, 1, 'completed', 10.00),
  (109, '2024-04-08 09:05', 1, 2, 'completed', 3.00),
  -- Ben: Coffee and a Croissant on 02-01 and 03-01; a Croissant on 04-02 (in the horizon)
  (201, '2024-02-01 10:00', 2, 1, 'completed', 10.00), (202, '2024-02-01 10:00', 2, 2, 'completed', 3.00),
  (203, '2024-03-01 10:00', 2, 1, 'completed', 10.00), (204, '2024-03-01 10:00', 2, 2, 'completed', 3.00),
  (205, '2024-04-02 10:00', 2, 2, 'completed', 3.00),
  -- Cat: Coffee once on 03-10; a Croissant on 04-10 (in the horizon); a cancelled Milk order never counts
  (301, '2024-03-10 11:00', 3, 1, 'completed', 10.00), (302, '2024-04-10 11:00', 3, 2, 'completed', 3.00),
  (303, '2024-03-20 11:00', 3, 3, 'cancelled', 2.50),
  -- Dan: Green tea on two days in January 2023, nothing since (lost)
  (401, '2023-01-02 12:00', 4, 4, 'completed', 5.00), (402, '2023-01-16 12:00', 4, 4, 'completed', 5.00),
  -- Eve: Milk on 01-05, 02-05, 03-05 (Soap too on 03-05); she returned the 03-05 Milk on 03-06; Milk on 04-04 (in the horizon)
  (501, '2024-01-05 13:00', 5, 3, 'completed', 2.50), (502, '2024-02-05 13:00', 5, 3, 'completed', 2.50),
  (503, '2024-03-05 13:00', 5, 3, 'completed', 2.50), (504, '2024-03-05 13:00', 5, 5, 'completed', 4.00),
  (505, '2024-04-04 13:00', 5, 3, 'completed', 2.50),
  -- Fay: Soap on 01-20; Milk on 04-30 (in the horizon: the warehouse's last purchase day)
  (601, '2024-01-20 14:00', 6, 5, 'completed', 4.00), (602, '2024-04-30 14:00', 6, 3, 'completed', 2.50)
) as t(order_id, ordered_at, customer, product, status, amount);

insert into fct_return values (1, 503, 1, 20240306, timestamp '2024-03-06 09:00', 5, 3, 1, 2.50, 'sour');

-- a complaint about Fay's Milk after the cutoff: the live offers keep Milk from her, the backtest (before the cutoff) does not see it
insert into fct_complaint (complaint_id, customer_key, product_key, order_id, opened_date_key, opened_at, resolved_at,
  status, category, severity, hours_to_resolve, complaint_text) values
  (1, 6, 3, 602, 20240430, timestamp '2024-04-30 18:00', null, 'open', 'quality', 'low', null, 'The milk was <b>sour</b>');
