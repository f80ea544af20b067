-- The complaint texts' term index (the service report's text search and characteristic terms): DuckDB's fts extension is not
-- bundled with DuckDB.NET, so the words and two-word phrases of each complaint are kept here, one row each, written in term
-- order: DuckDB keeps each row group's min and max term, so a search for a few terms reads only the row groups that can hold
-- them (3 ms for two common words at SF1, against 80 ms for a scan; an ART index only helps rare terms, DuckDB scans for more
-- than 2,048 matches). Kept by Models/marts/mart_complaint_term.sql after
-- each load (the complaints the load rebuilt).
-- Left empty here: its model fills it (migration 0044 names it pending where the warehouse already held rows; this file
-- once repeated the model's statement, see SupersededMigrations.cs).

-- one row per complaint and distinct normalised word or two-word phrase of its text
create table mart_complaint_term (
    complaint_id    bigint not null,
    term            varchar not null,             -- lower case, accents folded: 'creme', or 'creme brulee' for a phrase
    is_phrase       boolean not null              -- two consecutive words
);
