-- Cabinet reports: narratives officers edit before publishing, and published reports frozen as
-- immutable snapshots. A snapshot holds every figure, target, status, comment and definition the
-- report used, as the JSON that was hashed; the database refuses to change or remove one.

create table report_narrative (
    scorecard_id bigint not null references scorecard (id),
    period       text not null,
    text         text not null,
    edited_by    text not null,
    edited_at    timestamptz not null default now(),
    primary key (scorecard_id, period)
);

create table published_report (
    id            bigint generated always as identity primary key,
    scorecard_id  bigint not null references scorecard (id),
    period        text not null,
    title         text not null,
    content       text not null,
    content_hash  text not null check (content_hash ~ '^[0-9a-f]{64}$'),
    published_by  text not null,
    published_at  timestamptz not null default now()
);
create index published_report_scorecard on published_report (scorecard_id, period);

create function published_report_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A published report is an immutable snapshot: % is not allowed', tg_op;
end;
$$;

create trigger published_report_immutable before update or delete on published_report
    for each row execute function published_report_is_immutable();
create trigger published_report_not_truncated before truncate on published_report
    for each statement execute function published_report_is_immutable();
