-- Each council's way of writing its risk matrix (issue 20): which axis a score writes first and
-- what the council calls each axis ("12 (likelihood 4, impact 3)" for a council that keys its
-- axes with numbers and writes likelihood first), and more colours for its levels than red, amber
-- and green, so that six named levels need not share three colours. Matrices held keep impact
-- first, named impact and likelihood, as they were written before.
alter table risk_matrix
    add column likelihood_first boolean not null default false,
    add column impact_name      text    not null default 'impact',
    add column likelihood_name  text    not null default 'likelihood';

alter table risk_band drop constraint risk_band_colour_check;
alter table risk_band add constraint risk_band_colour_check
    check (colour in ('DARK_RED', 'RED', 'ORANGE', 'AMBER', 'YELLOW', 'LIGHT_GREEN', 'GREEN', 'GREY'));
