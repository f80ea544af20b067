-- Some sources report a line's total rather than a unit price (e.g. a transaction export: customer, date, quantity, amount).
-- The total is kept as reported, so revenue is exact; the unit price is then only amount / quantity rounded to cents.
alter table raw_order_lines add column line_amount decimal(12, 2);
