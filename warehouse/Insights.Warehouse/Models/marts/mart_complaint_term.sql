-- one row per complaint and distinct normalised word or two-word phrase of its text (see migration 0016): the term index of
-- the service report's complaint texts. Normalised = lower case, accents folded (strip_accents), split on anything that is not
-- a letter or a digit; a phrase is two consecutive words of that list. Stop words are kept here (a quoted phrase may hold
-- them); the characteristic-terms view leaves them out. Rebuilt for the complaints the load rebuilt (batch_fact_complaints;
-- every complaint under $full), written in term order (the search reads only the row groups whose min/max term can hold its terms; a full build writes the
-- whole index sorted, a daily load appends one small sorted block).
-- inputs: fct_complaint, batch_fact_complaints
delete from mart_complaint_term
where $full or complaint_id in (select complaint_id from batch_fact_complaints);

insert into mart_complaint_term by name
with complaints as (
    select complaint_id, complaint_text from fct_complaint
    where $full or complaint_id in (select complaint_id from batch_fact_complaints)
),

tokens as (
    select
        complaint_id,
        list_filter(regexp_split_to_array(strip_accents(lower(coalesce(complaint_text, ''))), '[^\p{L}\p{N}]+'), t -> t <> '') as words
    from complaints
),

terms as (
    select complaint_id, unnest(words) as term, false as is_phrase from tokens
    union all
    select complaint_id, unnest(list_transform(range(1, len(words)), i -> words[i] || ' ' || words[i + 1])) as term, true as is_phrase
    from tokens
),

final as (
    select distinct
        -- ids
        complaint_id,
        -- attributes
        term,
        is_phrase
    from terms
)

select * from final
order by term, complaint_id;
