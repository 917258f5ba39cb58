-- A note for residents beside the officers' note (issue 15): an indicator's note is the officers'
-- record of decisions and caveats, never shown to the public; what residents should read about an
-- indicator ("the national definition changed in April 2025") is its public note, shown to everyone
-- on its page. Kept up on the indicator's edit page, in indicators.csv (public_note) and the API.
alter table indicator add column public_note text
    check (public_note is null or length(public_note) between 1 and 4000);
