-- Retiring an indicator (issue 13): an indicator a council stops measuring is retired from a
-- financial quarter on. Its figures, targets and history are kept; it leaves the scorecards, the
-- figure grid, the dashboards and the quarter's data requests from that quarter, and stays on every
-- earlier quarter and published report. It can be put back in use. The quarter is kept as its key
-- and its first day, as every period is (V1).
alter table indicator
    add column retired_from       text,
    add column retired_from_start date,
    add column retirement_reason  text
        check (retirement_reason is null or length(retirement_reason) between 1 and 2000);

alter table indicator add constraint indicator_retirement_whole
    check ((retired_from is null) = (retired_from_start is null)
       and (retired_from is null) = (retirement_reason is null));
