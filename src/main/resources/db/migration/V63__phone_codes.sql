-- Six-digit codes that prove a mobile number (before a report is stored; to get back in after losing the query
-- password). Only keyed hashes of the number and the code are kept. Counting of codes per number, per address and in
-- all is in rate_limit (shared by every instance).
create table phone_code (
    id           bigint generated always as identity primary key,
    phone_index  varchar(64) not null,
    purpose      varchar(10) not null check (purpose in ('REPORT', 'RECOVER')),
    code_hash    varchar(64) not null,
    expires_at   timestamptz not null,
    tries        int         not null default 0,
    verified_at  timestamptz,
    used_at      timestamptz,
    created_at   timestamptz not null
);
create index phone_code_lookup_idx on phone_code (phone_index, purpose, created_at desc);

-- the report records that its mobile number was proved with a code, and when
alter table report add column phone_verified_at timestamptz;
