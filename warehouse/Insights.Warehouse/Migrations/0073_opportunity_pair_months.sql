-- The unbundled pairs of a period summed a day table (mart_opportunity_pair_day, migration 0070): a year of SF10 is 8.5 M rows
-- grouped into 80 k pairs (0.45 s of a 0.6-s list). The load now also keeps them per month (Models/marts/
-- mart_opportunity_pair_month.sql), so a period reads its whole months from here and only its partial months' days from the
-- day table: the same sums. Left empty here and named in etl_model_pending: the next `etl run` fills it, even one that lands
-- nothing; until then the page sums the days as before (opportunity_day_state.sql's by_month).

-- one row per month and product pair (key_a < key_b), per month and product (key_a = key_b) and per month (both keys null):
-- the day table's rows of the month summed
create table mart_opportunity_pair_month (
    month_start    date not null,
    key_a          bigint,
    key_b          bigint,
    count_orders   bigint not null,
    net_amount     decimal(18, 2) not null
);

insert into etl_model_pending (model) values ('mart_opportunity_pair_month');

-- the first day of the first whole month on or after from_date (null: from the first month), and the day after the last whole
-- month on or before to_date (null: up to the last month); scalar macros, so a statement's bounds fold into constants and each
-- scan keeps only its row groups
create or replace macro whole_months_from(from_date) as
    case when from_date::date is null then null
         when day(from_date::date) = 1 then from_date::date
         else (date_trunc('month', from_date::date) + interval 1 month)::date end;

create or replace macro whole_months_to(to_date) as
    case when to_date::date is null then null
         when day(to_date::date + 1) = 1 then to_date::date + 1
         else date_trunc('month', to_date::date)::date end;

-- mart_opportunity_pair_day's rows of [from_date, to_date] (null = open), with the whole months read from
-- mart_opportunity_pair_month instead of their days when by_month (the month table built): the days before the first whole
-- month (from from_date) and after the last one (up to to_date) from the day table. A period within one month is its days;
-- without by_month, every day of the period.
create or replace macro opportunity_pair_rows(from_date, to_date, by_month) as table
select m.key_a, m.key_b, m.count_orders, m.net_amount
from mart_opportunity_pair_month as m
where by_month::boolean
  and (from_date::date is null or m.month_start >= whole_months_from(from_date))
  and (to_date::date is null or m.month_start < whole_months_to(to_date))
union all
select d.key_a, d.key_b, d.count_orders, d.net_amount
from mart_opportunity_pair_day as d
where by_month::boolean
  and from_date::date is not null
  and d.ordered_on >= from_date::date
  and d.ordered_on < whole_months_from(from_date)
  and (to_date::date is null or d.ordered_on <= to_date::date)
union all
select d.key_a, d.key_b, d.count_orders, d.net_amount
from mart_opportunity_pair_day as d
where by_month::boolean
  and to_date::date is not null
  and d.ordered_on >= greatest(whole_months_to(to_date), coalesce(whole_months_from(from_date), whole_months_to(to_date)))
  and d.ordered_on <= to_date::date
union all
select d.key_a, d.key_b, d.count_orders, d.net_amount
from mart_opportunity_pair_day as d
where not by_month::boolean
  and (from_date::date is null or d.ordered_on >= from_date::date)
  and (to_date::date is null or d.ordered_on <= to_date::date);
