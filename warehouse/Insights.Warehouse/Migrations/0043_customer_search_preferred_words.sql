-- The customer search's preferred-name words apart from the others (issue 16): a reader who sees personal data masked
-- (product: the customer id and preferred name only) must not find a customer by a full-name word or an e-mail, which would
-- undo the masking, so such a search matches only the id and the preferred-name words (customer_search.sql,
-- CustomerNameIndex). Kept by Models/marts/mart_customer_search.sql from now on; filled here once for the rows already held.

-- ' ' || each word of strip_accents(lower(preferred_name)), one space apart || ' ': a typed word must start one of them, and
-- an index row's word is a preferred-name word when ' ' || word || ' ' is in it
alter table mart_customer_search add column preferred_text varchar;

update mart_customer_search
set preferred_text = ' ' || regexp_replace(trim(strip_accents(lower(preferred_name))), '\s+', ' ', 'g') || ' ';
