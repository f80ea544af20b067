-- one row per product category with complaints or returns: the opportunities page's complaint and return signals for
-- everyone and every day (see migration 0038): the page's rule (the macro opportunity_complaint_signals, migrations 0039 and 0070)
-- without a period or a saved segment (the members of a saved segment are an app table, not a model input), the spend read from
-- the affected customers' rows and the words from each complaint's (mart_opportunity_signal_order, mart_complaint_signal_word,
-- built before it in the same run; the macro also names every customer's rows, its other source). Rebuilt whole after every
-- build of its inputs.
-- inputs: fct_complaint, fct_return, mart_opportunity_signal_order, mart_complaint_signal_word, mart_customer_category_order, dim_customer, dim_product
delete from mart_opportunity_signal;

insert into mart_opportunity_signal by name
select * from opportunity_complaint_signals(null, null, null, true);
