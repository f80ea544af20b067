-- A segment's members: one whole statement with 20 fixed condition slots (issues 15 and 20), one pass over
-- mart_segment_customer. The preview (preview.sql) and the re-evaluation after a load (evaluate_segment.sql) both read the
-- temporary table it writes (this connection's only), so the rule that picks members is this file alone.
--
-- How the slots work. A segment has at most 20 conditions (SegmentFields.MaxConditions), one per slot; SegmentSlots binds
-- slot n's condition as $kind_n, $field_n, $values_n (the values joined by chr(31): a value never holds a control character),
-- $low_n and $high_n (a range's bounds), $since_n (the first moment of "within N days"), $is_in_n (in / not in, any / none,
-- within / not within) and $group_bit_n (its group g as the bit 1 << (g - 1)); an unused slot has every one null but
-- $group_bit_n 0, and holds for nobody. What each kind tests is the macro segment_condition (migration 0052). A customer is
-- a member when the group bits of the slots that hold for them, OR-ed, equal $all_groups (the bits of every group): OR within
-- a group, AND over groups. No condition: $all_groups is 0 and everyone is a member.
-- DuckDB binds the parameters' values into the plan, so an unused slot and every other kind of a used slot fold away before
-- the scan: what runs is the conditions the segment has, as if written out.
create or replace temp table segment_members as
with category_slots as (
    -- "category within" (kind range, field category_within): the slots' categories and first days; none, the join reads nothing
    select slot.n, unnest(string_split(slot.value_text, chr(31))) as category, slot.since::date as since
    from (values
        (1, $field_1, $values_1, $since_1),
        (2, $field_2, $values_2, $since_2),
        (3, $field_3, $values_3, $since_3),
        (4, $field_4, $values_4, $since_4),
        (5, $field_5, $values_5, $since_5),
        (6, $field_6, $values_6, $since_6),
        (7, $field_7, $values_7, $since_7),
        (8, $field_8, $values_8, $since_8),
        (9, $field_9, $values_9, $since_9),
        (10, $field_10, $values_10, $since_10),
        (11, $field_11, $values_11, $since_11),
        (12, $field_12, $values_12, $since_12),
        (13, $field_13, $values_13, $since_13),
        (14, $field_14, $values_14, $since_14),
        (15, $field_15, $values_15, $since_15),
        (16, $field_16, $values_16, $since_16),
        (17, $field_17, $values_17, $since_17),
        (18, $field_18, $values_18, $since_18),
        (19, $field_19, $values_19, $since_19),
        (20, $field_20, $values_20, $since_20)
    ) as slot(n, field, value_text, since)
    where slot.field = 'category_within'
),

recent_categories as (
    -- per customer, the bits of the category slots they bought in on or after the slot's day (slot n: 1 << (n - 1))
    select bought.customer_id, bit_or(1 << (category_slots.n - 1)) as slot_bits
    from mart_segment_category as bought
    join category_slots on category_slots.category = bought.category and bought.last_ordered_on >= category_slots.since
    group by bought.customer_id
),

customers as (
    select
        c.customer_id, c.segment, c.price_class, c.region, c.signup_channel, c.top_offer,
        c.r_score, c.f_score, c.m_score, c.count_orders, c.net_amount, c.count_returns, c.clv_amount, c.p_alive,
        c.expected_purchases_90d, c.count_complaints, c.count_open_complaints, c.count_unresolved_complaints, c.is_overdue,
        c.order_channels, c.categories, c.overdue_categories, c.top3_offers,
        c.last_contacted_at, c.last_contact_channel, c.last_self_service_at,
        coalesce(recent.slot_bits, 0) as recent_slot_bits,
        -- a complaint resolved in more hours than its severity's target (the service report's SLA rule; a severity without
        -- a target, null, never counts), worked out only when a slot asks for it
        $uses_resolved_slowly and (coalesce(c.max_hours_to_resolve_low > $sla_hours_low::double, false)
            or coalesce(c.max_hours_to_resolve_medium > $sla_hours_medium::double, false)
            or coalesce(c.max_hours_to_resolve_high > $sla_hours_high::double, false)
            or coalesce(c.max_hours_to_resolve_critical > $sla_hours_critical::double, false)) as resolved_slowly
    from mart_segment_customer as c
    left join recent_categories as recent on recent.customer_id = c.customer_id
)

select c.customer_id, c.net_amount, c.segment, c.region, c.clv_amount
-- the row as one struct for the macro (customers as customer), and what the preview and the re-evaluation read
from (select customers as customer, customer_id, net_amount, segment, region, clv_amount from customers) as c
where (
      (case when segment_condition(c.customer, 1, $kind_1, $field_1, string_split($values_1, chr(31)), $low_1, $high_1, $since_1, $is_in_1) then $group_bit_1 else 0 end)
    | (case when segment_condition(c.customer, 2, $kind_2, $field_2, string_split($values_2, chr(31)), $low_2, $high_2, $since_2, $is_in_2) then $group_bit_2 else 0 end)
    | (case when segment_condition(c.customer, 3, $kind_3, $field_3, string_split($values_3, chr(31)), $low_3, $high_3, $since_3, $is_in_3) then $group_bit_3 else 0 end)
    | (case when segment_condition(c.customer, 4, $kind_4, $field_4, string_split($values_4, chr(31)), $low_4, $high_4, $since_4, $is_in_4) then $group_bit_4 else 0 end)
    | (case when segment_condition(c.customer, 5, $kind_5, $field_5, string_split($values_5, chr(31)), $low_5, $high_5, $since_5, $is_in_5) then $group_bit_5 else 0 end)
    | (case when segment_condition(c.customer, 6, $kind_6, $field_6, string_split($values_6, chr(31)), $low_6, $high_6, $since_6, $is_in_6) then $group_bit_6 else 0 end)
    | (case when segment_condition(c.customer, 7, $kind_7, $field_7, string_split($values_7, chr(31)), $low_7, $high_7, $since_7, $is_in_7) then $group_bit_7 else 0 end)
    | (case when segment_condition(c.customer, 8, $kind_8, $field_8, string_split($values_8, chr(31)), $low_8, $high_8, $since_8, $is_in_8) then $group_bit_8 else 0 end)
    | (case when segment_condition(c.customer, 9, $kind_9, $field_9, string_split($values_9, chr(31)), $low_9, $high_9, $since_9, $is_in_9) then $group_bit_9 else 0 end)
    | (case when segment_condition(c.customer, 10, $kind_10, $field_10, string_split($values_10, chr(31)), $low_10, $high_10, $since_10, $is_in_10) then $group_bit_10 else 0 end)
    | (case when segment_condition(c.customer, 11, $kind_11, $field_11, string_split($values_11, chr(31)), $low_11, $high_11, $since_11, $is_in_11) then $group_bit_11 else 0 end)
    | (case when segment_condition(c.customer, 12, $kind_12, $field_12, string_split($values_12, chr(31)), $low_12, $high_12, $since_12, $is_in_12) then $group_bit_12 else 0 end)
    | (case when segment_condition(c.customer, 13, $kind_13, $field_13, string_split($values_13, chr(31)), $low_13, $high_13, $since_13, $is_in_13) then $group_bit_13 else 0 end)
    | (case when segment_condition(c.customer, 14, $kind_14, $field_14, string_split($values_14, chr(31)), $low_14, $high_14, $since_14, $is_in_14) then $group_bit_14 else 0 end)
    | (case when segment_condition(c.customer, 15, $kind_15, $field_15, string_split($values_15, chr(31)), $low_15, $high_15, $since_15, $is_in_15) then $group_bit_15 else 0 end)
    | (case when segment_condition(c.customer, 16, $kind_16, $field_16, string_split($values_16, chr(31)), $low_16, $high_16, $since_16, $is_in_16) then $group_bit_16 else 0 end)
    | (case when segment_condition(c.customer, 17, $kind_17, $field_17, string_split($values_17, chr(31)), $low_17, $high_17, $since_17, $is_in_17) then $group_bit_17 else 0 end)
    | (case when segment_condition(c.customer, 18, $kind_18, $field_18, string_split($values_18, chr(31)), $low_18, $high_18, $since_18, $is_in_18) then $group_bit_18 else 0 end)
    | (case when segment_condition(c.customer, 19, $kind_19, $field_19, string_split($values_19, chr(31)), $low_19, $high_19, $since_19, $is_in_19) then $group_bit_19 else 0 end)
    | (case when segment_condition(c.customer, 20, $kind_20, $field_20, string_split($values_20, chr(31)), $low_20, $high_20, $since_20, $is_in_20) then $group_bit_20 else 0 end)
) = $all_groups;
