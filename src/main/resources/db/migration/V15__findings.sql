-- The conclusion of a case (核查结论: 属实 / 部分属实 / 不属实): proposed by the handling unit with its findings,
-- decided by the inspector who approves them. The timeline keeps each step's conclusion; the case keeps the decided one.
alter table case_file add column conclusion varchar(30)
    check (conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'));
alter table case_event add column conclusion varchar(30)
    check (conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED', 'UNSUBSTANTIATED'));
create index case_file_conclusion_idx on case_file (conclusion) where conclusion is not null;

-- Material the handling unit submits with its findings (interview notes, scans, photos): custody like evidence.
create table finding_attachment (
    id             bigint generated always as identity primary key,
    case_id        bigint       not null references case_file (id),
    event_id       bigint       not null references case_event (id),
    seq            int          not null,
    file_name_enc  text         not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         varchar(64)  not null,
    uploaded_by    varchar(100) not null,
    created_at     timestamptz  not null default now(),
    unique (event_id, seq)
);
create index finding_attachment_case_idx on finding_attachment (case_id, id);

create table finding_attachment_content (
    attachment_id  bigint primary key references finding_attachment (id),
    key_id         varchar(40) not null,
    sealed         bytea       not null
);
