-- A risk owner's e-mail address, so that Beacon can tell them when the risk's review falls due
-- and when it is overdue; kept from the public whenever the owner is.
alter table risk
    add column owner_email text
        check (owner_email is null or (length(owner_email) <= 254 and owner_email ~ '^[^@[:space:][:cntrl:]]+@[^@[:space:][:cntrl:]]+$'));

-- Each e-mail about a review: which review date it was about, to whom, when Beacon tried and, when
-- the mail server would not take it, why. One of each kind per review date, so that an owner is told
-- once that a review is due and once that it is overdue; a failed one is tried again the next day.
create table risk_review_mail (
    risk_id      bigint not null references risk (id),
    kind         text not null check (kind in ('DUE', 'OVERDUE')),
    review_date  date not null,
    sent_to      text not null,
    attempted_at timestamptz not null,
    failure      text,
    primary key (risk_id, kind, review_date)
);

create trigger risk_review_mail_changed after insert or update or delete or truncate on risk_review_mail
    for each statement execute function record_data_change();
