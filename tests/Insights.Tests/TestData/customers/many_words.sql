-- The search's capped ranking (CustomerSearchQuery ranks the best 408 matching index rows, then groups them by customer):
-- customers 1-40 are all "Abe Abbott Abel Abner Abram Abdul Abby Abril Abigail Abelard Abbey" (preferred name Abe) with the
-- e-mail ab<id>@example.org, so "ab" matches 12 index rows of each, 480 in all: the best 408 rows hold only customers 1-34,
-- and the query must rank every row to find all 40 (same name, so by id). Customers 101-160 are "Zora <two letters>", the
-- letters counting down from "zz" as the id goes up (101 "Zora zz", 102 "Zora zy", ... 160 "Zora xs"): "zora" finds 60, shows
-- the first 50 by name (160 down to 111) and says there are more.
insert into dim_customer
select 1000 + i, i, 'Abe Abbott Abel Abner Abram Abdul Abby Abril Abigail Abelard Abbey', 'Abe', 'ab' || i || '@example.org',
       'North', 'web', null, '0001-01-01', '9999-12-31', true, false
from range(1, 41) as ids(i);

insert into dim_customer
select 1000 + i, i, 'Zora ' || chr((122 - (i - 101) // 26)::integer) || chr((122 - (i - 101) % 26)::integer), 'Zora', null,
       'South', 'web', null, '0001-01-01', '9999-12-31', true, false
from range(101, 161) as ids(i);
