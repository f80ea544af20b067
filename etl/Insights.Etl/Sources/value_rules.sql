-- The rules about one value that every source applies, declared once per load before its source runs (LoadMacros.cs).

-- shown: a text as a quarantine row keeps it, cut at max_chars with a note of its full length, so one line of a gigabyte
-- cannot fill the quarantine (the file and line number find the rest); the CSV gate cuts the same way (Csv/RawText.cs)
create or replace temp macro shown(text, max_chars) as
    case when length(text) > max_chars
         then left(text, max_chars) || '… (cut: ' || length(text) || ' characters in all)'
         else text end;

-- whole_number_problem: a whole number is written as digits (with a sign): "2.5" or "1e3" is not one, though a cast would
-- round it (2.5 -> 3), and a loaded value must be exactly what the source wrote. typed_value is the cast's result (null: out
-- of range for its type).
create or replace temp macro whole_number_problem(field_name, field_text, typed_value) as
    case when not regexp_full_match(trim(field_text), '[+-]?[0-9]+')
             then field_name || ' "' || shown(field_text, 200) || '" is not a whole number'
         when typed_value is null then field_name || ' "' || shown(field_text, 200) || '" is out of range' end;

-- decimal_problem: an amount is digits with at most $scale decimals ("12.345" would be rounded to 12.35); typed_value is the
-- cast's result (null: out of range)
create or replace temp macro decimal_problem(field_name, field_text, typed_value, scale) as
    case when not regexp_full_match(trim(field_text), '[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)')
             then field_name || ' "' || shown(field_text, 200) || '" is not a number (like 12.50)'
         when length(regexp_extract(trim(field_text), '\.([0-9]*)', 1)) > scale
             then field_name || ' "' || shown(field_text, 200) || '" has more than ' || scale || ' decimals'
         when typed_value is null then field_name || ' "' || shown(field_text, 200) || '" is out of range' end;

-- event_time_problem: the window every event's time must fall in (an order, a return, a sign-up, a contact, a complaint opened or resolved): not
-- before $earliest (Etl:EarliestDate) and not after $latest (the load's time plus Etl:FutureTolerance, $tolerance in words). A
-- time outside it is a typo or a placeholder (0001-01-01, 2099-01-05), never an event to count; the sources' rules quarantine
-- it with the reason event_time_problem gives, naming the bound. Declared once per load, before the sources' rules run.
set variable event_earliest = $earliest::timestamp;

set variable event_latest = $latest::timestamp;

set variable event_tolerance = $tolerance::varchar;

create or replace temp macro event_time_problem(name, t) as
    case
        when t < getvariable('event_earliest')
            then name || ' ' || strftime(t, '%Y-%m-%d %H:%M:%S') || ' is before the earliest date '
                 || strftime(getvariable('event_earliest'), '%Y-%m-%d') || ' (Etl:EarliestDate)'
        when t > getvariable('event_latest')
            then name || ' ' || strftime(t, '%Y-%m-%d %H:%M:%S') || ' is in the future: after the load''s time plus '
                 || getvariable('event_tolerance') || ' (' || strftime(getvariable('event_latest'), '%Y-%m-%d %H:%M:%S')
                 || ' UTC; Etl:FutureTolerance)'
    end;
