-- An owner's figures and commentary saved as a draft, before they are submitted: kept
-- beside the figures last submitted (which an approver may be looking at, or which are
-- approved), and cleared when the owner submits.
alter table data_request
    add column draft_value               numeric,
    add column draft_numerator           numeric,
    add column draft_denominator         numeric,
    add column draft_performance_details text,
    add column draft_current_activity    text,
    add column draft_future_activity     text,
    add column draft_correction_reason   text,
    add column draft_saved_by            text,
    add column draft_saved_at            timestamptz;
