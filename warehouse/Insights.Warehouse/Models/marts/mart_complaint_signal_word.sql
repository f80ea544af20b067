-- one row per complaint and word of its text as the opportunities page's complaint signals count them (the macro
-- complaint_signal_words: lower case, split on anything not a letter, four letters or more, common words out), with how many
-- times it occurs and when the complaint was opened (see migration 0075): a period's signals sum these instead of splitting the
-- period's texts per request. Rebuilt for the complaints the load rebuilt (batch_fact_complaints); every complaint under $full.
-- inputs: fct_complaint, batch_fact_complaints
delete from mart_complaint_signal_word
where $full or complaint_id in (select complaint_id from batch_fact_complaints);

-- written in time order (a period's scan reads only its row groups): the runner turns insertion order off for its models
set session preserve_insertion_order = true;

insert into mart_complaint_signal_word by name
with words as (
    select complaint_id, opened_at, unnest(complaint_signal_words(complaint_text)) as word
    from fct_complaint
    where $full or complaint_id in (select complaint_id from batch_fact_complaints)
),

final as (
    select
        -- ids
        complaint_id,
        -- dates
        opened_at,
        -- attributes
        word,
        -- numerics
        count(*) as count_words
    from words
    group by complaint_id, opened_at, word
)

select * from final
order by opened_at, complaint_id, word;

set session preserve_insertion_order = false;
