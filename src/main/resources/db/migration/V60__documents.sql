-- 公文: the numbered documents of a case (notices to the reporter, letters to other bodies, decisions, circulars),
-- each a draft until an authorised person approves it, then frozen: its number, the signed PDF (sealed like
-- evidence) and the PDF's SHA-256, which the case's timeline (and so the audit chain) records too.

-- The register: the last number given per issuing body, 机关代字 and year. A number is taken in the approving
-- transaction with one upsert, whose row lock makes concurrent approvals (on any instance) wait their turn; a
-- rolled-back approval gives its number back, so the numbers of a series run without gaps or repeats.
create table document_register (
    issuer_unit_id bigint      not null references unit (id),
    word           varchar(40) not null,
    year           int         not null,
    last_number    int         not null check (last_number > 0),
    primary key (issuer_unit_id, word, year)
);

create table case_document (
    id                bigint generated always as identity primary key,
    case_id           bigint       not null references case_file (id),
    kind              varchar(40)  not null,
    state             varchar(20)  not null check (state in ('DRAFT', 'APPROVED')),
    -- what in the case a document answers (an accountability matter, a typical case), so a step drafts it once
    subject           varchar(60),
    issuer_unit_id    bigint       not null references unit (id),
    -- the body a letter goes to, when it is one of the directory's (its handlers may read it)
    addressee_unit_id bigint references unit (id),
    title             varchar(200) not null,
    recipient_enc     text         not null,
    body_enc          text         not null,
    attachments       varchar(1000),
    copy_to           varchar(500),
    report_by         date,
    drafted_by        varchar(100) not null,
    drafted_at        timestamptz  not null,
    word              varchar(40),
    year              int,
    seq               int,
    number            varchar(80),
    approved_by       varchar(100),
    approved_at       timestamptz,
    sha256            varchar(64),
    size_bytes        int,
    version           int          not null default 0,
    created_at        timestamptz  not null default now(),
    constraint case_document_number_once unique (issuer_unit_id, word, year, seq),
    constraint case_document_numbered_when_approved check ((state = 'APPROVED') = (seq is not null)
        and (state = 'APPROVED') = (sha256 is not null))
);
create index case_document_case_idx on case_document (case_id, id);
create index case_document_drafts_idx on case_document (kind, id) where state = 'DRAFT';
create index case_document_register_idx on case_document (issuer_unit_id, year, word, seq) where seq is not null;
create unique index case_document_subject_once on case_document (case_id, kind, subject) where subject is not null;

-- The approved PDF, sealed under the data key named beside it (it may name the reporter).
create table case_document_content (
    document_id bigint      primary key references case_document (id),
    key_id      varchar(40) not null,
    sealed      bytea       not null
);
