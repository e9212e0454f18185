-- Issue 12: the 交办 summary. What leaves the discipline body for verification is a summary an inspector writes and
-- approves (what is alleged, where, roughly when, what to verify; the limit of the verification says by when), never
-- the report: not the reporter's words, not the exact time, not the reporter. Handler pages, letters and mails show
-- only this. One per case; rewriting it replaces it (the timeline keeps each approval). The texts are sealed like the
-- narrative they summarise (shared/crypto, *_enc); lengths are checked by the code before sealing.
create table case_brief (
    id             bigint generated always as identity primary key,
    case_id        bigint        not null unique references case_file (id),
    alleged_enc    text          not null,
    place_enc      text          not null,
    period         varchar(100)  not null check (btrim(period) <> ''),
    to_verify_enc  text          not null,
    approved_by    varchar(100)  not null,
    approved_at    timestamptz   not null,
    created_at     timestamptz   not null default now()
);
