-- {columns}: customers_columns.sql's, in raw_customers order; {since} is the cursor minus the late-commit window (or
-- -infinity on a full load)
select {columns}
from customers
where updated_at >= {since}
