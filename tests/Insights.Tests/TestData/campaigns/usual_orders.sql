-- The South customers' usual buying in the campaign's window (2025-03-01 for 28 days), which has nothing to do with any
-- split: a customer buys when (id × 7) % 10 < 6 (60% of them), one completed order of 10 + (id × 37) % 91 (10.00 to 100.00)
-- on 2025-03-01 + (id % 28) days, so the last order falls on 2025-03-28, the window's last day.
insert into fct_order_line
select
    100000 + id,
    1,
    strftime(date '2025-03-01' + (id % 28)::integer, '%Y%m%d')::integer,
    timestamp '2025-03-01 09:00' + to_days((id % 28)::integer),
    id,
    1,
    1,
    'completed',
    1,
    (10 + (id * 37) % 91)::decimal(10, 2),
    (10 + (id * 37) % 91)::decimal(10, 2),
    0.00,
    (10 + (id * 37) % 91)::decimal(10, 2),
    false
from range(1, 401) as ids(id)
where (id * 7) % 10 < 6
