-- Which way round a council draws its risk matrix (issue 20): most put impact down the side and
-- likelihood along the bottom, others the reverse. The heat map follows the council. Matrices held
-- keep impact down the side, as Beacon drew them before.
alter table risk_matrix
    add column likelihood_on_rows boolean not null default false;
