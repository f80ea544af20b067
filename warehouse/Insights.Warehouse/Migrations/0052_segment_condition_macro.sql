-- One condition of a segment on one customer row (issues 15 and 20), for the segment builder's fixed-slot statement
-- (reports Pages/Segments/members.sql): each of its 20 slots calls this macro with the slot's $parameters, so the statement
-- stays one whole parameterised statement and the logic of every kind of condition is written once, here.
--
-- c is one row of that statement's customers (a struct: mart_segment_customer's columns the conditions read, plus
-- resolved_slowly and recent_slot_bits, worked out there); slot is the slot's number. The compiler (SegmentCompiler) turns
-- every condition into one of four kinds:
--   choice  a text field (field: segment, price_class, region, signup_channel, top_offer) is one of vals (is_in true) or
--           none of them (is_in false); a customer without a value (no completed order: no RFM segment) is in no list
--   range   a figure (field) between lo and hi, both inclusive (null: no bound), compared as double: exact for whole numbers
--           and 2-decimal amounts. Counts and flags are figures too: complaints any (at least 1), none (at most 0), open,
--           unresolved, resolved slowly and overdue in the own rhythm (a flag, 1), "category within" (this slot's bit of
--           recent_slot_bits: 1 within, 0 not within). A customer without the figure (no score) is in no range
--   listed  any of vals (is_in true) or none of them (false) among a short list the mart keeps as one text, every item closed
--           by chr(31) (chr(31) alone: none): order channels, categories bought, categories overdue in, the top 3 offers
--   since   a moment (field: last_contact, self_service) on or after since (null: ever) and, when vals is given, through one
--           of those contact channels (is_in true: within), or not (false: not within, or never)
-- Any other kind (null: an unused slot) holds for nobody. Null counts as false where the statement uses the result.
create or replace macro segment_condition(c, slot, kind, field, vals, lo, hi, since, is_in) as
case kind
    when 'choice' then coalesce(list_contains(vals, case field
            when 'segment' then c.segment
            when 'price_class' then c.price_class
            when 'region' then c.region
            when 'signup_channel' then c.signup_channel
            when 'top_offer' then c.top_offer
        end), false) = is_in
    when 'range' then (case field
            when 'r_score' then c.r_score::double
            when 'f_score' then c.f_score::double
            when 'm_score' then c.m_score::double
            when 'orders' then c.count_orders::double
            when 'net_spend' then c.net_amount::double
            when 'returns' then c.count_returns::double
            when 'clv' then c.clv_amount::double
            when 'p_alive' then c.p_alive::double
            when 'expected_purchases' then c.expected_purchases_90d::double
            when 'complaints' then c.count_complaints::double
            when 'open_complaints' then c.count_open_complaints::double
            when 'unresolved_complaints' then c.count_unresolved_complaints::double
            when 'resolved_slowly' then c.resolved_slowly::double
            when 'overdue' then c.is_overdue::double
            when 'category_within' then ((c.recent_slot_bits >> (slot - 1)) & 1)::double
        end) between coalesce(lo::double, '-infinity'::double) and coalesce(hi::double, 'infinity'::double)
    when 'listed' then list_has_any(string_split(case field
            when 'order_channel' then c.order_channels
            when 'category' then c.categories
            when 'overdue' then c.overdue_categories
            when 'next_best_offer' then c.top3_offers
        end, chr(31)), vals) = is_in
    when 'since' then coalesce((case field
            when 'last_contact' then c.last_contacted_at
            when 'self_service' then c.last_self_service_at
        end) >= coalesce(since::timestamp, '-infinity'::timestamp)
        and (vals is null or coalesce(list_contains(vals, c.last_contact_channel), false)), false) = is_in
end;
