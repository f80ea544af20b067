-- whether the load's marts serve attribution_marts.sql exactly: mart_contact_control holds every control day a view can ask
-- (from the month of the first contact to the data's last day) and mart_contact_followup its previous contacts (both built
-- by the same run after migration 0040). False on a warehouse migrated and not loaded since: the view computes the baseline.
select exists (
    select 1 from mart_contact_control_span as s
    where s.first_anchor_on = (select date_trunc('month', min(contacted_at))::date from mart_contact_followup)
      and s.last_day = (select max(ordered_at)::date from mart_customer_order)
) as is_built
