-- Issue 15: a quarter's report can be published again, as its next version, with the reason;
-- every earlier version is kept as it was. A report published before this migration is its
-- quarter's version 1, 2, ... in the order it was published, with no reason recorded.
alter table published_report add column version integer;
alter table published_report add column reason text;

-- numbering the reports already published changes no snapshot: the content and its hash stay
alter table published_report disable trigger published_report_immutable;
update published_report p
   set version = numbered.version
  from (select id, row_number() over (partition by scorecard_id, period order by published_at, id) as version
          from published_report) numbered
 where numbered.id = p.id;
alter table published_report enable trigger published_report_immutable;

alter table published_report alter column version set not null;
alter table published_report add constraint published_report_version_positive check (version >= 1);
alter table published_report add constraint published_report_first_has_no_reason
    check (version > 1 or reason is null);
alter table published_report add constraint published_report_reason_length
    check (reason is null or char_length(reason) between 1 and 2000);
alter table published_report add constraint published_report_one_of_each_version
    unique (scorecard_id, period, version);
