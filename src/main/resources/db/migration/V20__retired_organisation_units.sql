-- Retiring an organisation unit (issue 13): a directorate or service the council no longer has is
-- retired once nothing in it is in use (its indicators retired, the units below it retired, no risk
-- open on its registers). It is kept, with everything it held, for the quarters and reports that
-- show it; nothing new is added to it; it can be put back in use.
alter table organisation_unit
    add column retired_at        timestamptz,
    add column retirement_reason text
        check (retirement_reason is null or length(retirement_reason) between 1 and 2000);

alter table organisation_unit add constraint organisation_unit_retirement_whole
    check ((retired_at is null) = (retirement_reason is null));
