-- one row per complaint and distinct normalised word, two-word or three-word phrase of its text (see migrations 0016, 0068):
-- the term index of the service report's complaint texts. Normalised = lower case, accents folded (strip_accents), split on
-- anything that is not a letter or a digit; a phrase is two or three consecutive words of that list (word_count), so a quoted
-- phrase of up to three words is one lookup and a longer one starts from its three-word phrases. Stop words are kept here (a
-- quoted phrase may hold them); the characteristic terms (and mart_complaint_term_month) read the words and two-word phrases
-- only, and leave the stop words out. Rebuilt for the complaints the load rebuilt (batch_fact_complaints;
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
    select complaint_id, unnest(words) as term, 1 as word_count from tokens
    union all
    select complaint_id, unnest(list_transform(range(1, len(words)), i -> words[i] || ' ' || words[i + 1])) as term, 2 as word_count
    from tokens
    union all
    select complaint_id, unnest(list_transform(range(1, len(words) - 1), i -> words[i] || ' ' || words[i + 1] || ' ' || words[i + 2])) as term,
        3 as word_count
    from tokens
),

final as (
    select distinct
        -- ids
        complaint_id,
        -- attributes
        term,
        word_count > 1 as is_phrase,
        word_count::utinyint as word_count
    from terms
)

select * from final
order by term, complaint_id;
