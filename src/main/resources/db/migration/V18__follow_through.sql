-- The reporter's follow-through: a satisfaction rating (好差评) after the conclusion, and a follow-up task for the
-- inspector when a real-name reporter is dissatisfied (100% follow-up of bad ratings).

create table satisfaction (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null unique references case_file (id),
    level        varchar(30)  not null check (level in ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED',
                                                        'DISSATISFIED', 'VERY_DISSATISFIED')),
    -- the reporter's own words: personal data, encrypted like the report
    comment_enc  text,
    rated_at     timestamptz  not null,
    created_at   timestamptz  not null default now()
);

create table follow_up (
    id           bigint generated always as identity primary key,
    case_id      bigint        not null unique references case_file (id),
    opened_at    timestamptz   not null,
    done_at      timestamptz,
    done_by      varchar(100),
    note         varchar(1000),
    created_at   timestamptz   not null default now(),
    check ((done_at is null) = (done_by is null)),
    check (done_at is null or btrim(note) <> '')
);
create index follow_up_open_idx on follow_up (opened_at) where done_at is null;
