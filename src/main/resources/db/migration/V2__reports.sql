-- Real-name reports and their evidence. Columns ending in _enc hold "keyId:base64(AES-GCM)";
-- *_index columns hold keyed hashes (HMAC-SHA256) so staff can match a person's reports without decrypting.

create table report (
    id                    bigint generated always as identity primary key,
    receipt_no            varchar(20)  not null unique,
    password_hash         varchar(200) not null,
    -- sha-256 of channel + idempotency key: a retry of the same submission finds this row
    submission_key_hash   varchar(64)     not null unique,
    -- sha-256 of the submitted content: the same key with other content is refused, not merged
    fingerprint           varchar(64)     not null,
    channel               varchar(10)  not null,
    category              varchar(30)  not null,
    subcategory           varchar(40)  not null,
    unit_id               bigint       not null references unit (id),
    window_id             bigint references service_window (id),
    occurred_on           date         not null,
    occurred_time         time,
    place_enc             text         not null,
    accused_name          varchar(50),
    accused_badge         varchar(30),
    -- free text that may say more than it should about the reporter: sealed like the narrative
    accused_description_enc text,
    narrative_enc         text         not null,
    reporter_name_enc     text         not null,
    reporter_id_no_enc    text         not null,
    reporter_phone_enc    text         not null,
    reporter_email_enc    text,
    reporter_id_no_index  varchar(64)     not null,
    reporter_phone_index  varchar(64)     not null,
    directly_served       boolean      not null,
    contact_preference    varchar(10)  not null,
    declared_truthful     boolean      not null check (declared_truthful),
    consented_processing  boolean      not null check (consented_processing),
    locale                varchar(10)  not null,
    received_at           timestamptz  not null,
    created_at            timestamptz  not null default now(),
    -- the accused's name and badge stay searchable in clear: routing and repeat-target alerts match on them
    check (accused_name is not null or accused_badge is not null or accused_description_enc is not null),
    check (category <> 'ARROGANT_SERVICE' or directly_served)
);
create index report_unit_idx on report (unit_id, received_at);
create index report_window_idx on report (window_id) where window_id is not null;
create index report_reporter_id_idx on report (reporter_id_no_index);
create index report_reporter_phone_idx on report (reporter_phone_index);

-- Chain of custody: what was received, when, and its SHA-256 taken from the bytes as received.
create table evidence (
    id             bigint generated always as identity primary key,
    report_id      bigint       not null references report (id),
    seq            int          not null,
    file_name_enc  text         not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null check (size_bytes > 0),
    sha256         varchar(64)     not null,
    received_at    timestamptz  not null,
    created_at     timestamptz  not null default now(),
    unique (report_id, seq)
);

-- The bytes themselves, sealed with AES-GCM, apart from the metadata so listings never load them.
create table evidence_content (
    evidence_id  bigint primary key references evidence (id),
    key_id       varchar(40) not null,
    sealed       bytea       not null
);

-- Failed attempts (query passwords) per key (receipt, address hash), shared by all app instances.
create table attempt_throttle (
    key           varchar(64)    primary key,
    window_start  timestamptz not null,
    failures      int         not null,
    locked_until  timestamptz
);
