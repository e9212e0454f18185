-- The security log: identity reveals, admin changes, staff sign-ins and their failures, rate limits hit, staff
-- sessions ended for inactivity. Written in the transaction of what it records. Never a reporter's identity: the
-- actor is a staff user name or empty, the address is masked (a /24 or /48 network) with a keyed hash beside it
-- so the events of one address can be told together without storing the address itself.
create table security_event (
    id            bigint generated always as identity primary key,
    at            timestamptz  not null,
    kind          varchar(30)  not null check (kind in ('IDENTITY_REVEALED', 'ADMIN_CHANGE', 'SIGN_IN',
                                   'SIGN_IN_FAILED', 'RATE_LIMITED', 'SESSION_TIMED_OUT')),
    actor         varchar(100),
    address       varchar(60),
    address_hash  varchar(16),
    detail        varchar(500) not null,
    created_at    timestamptz  not null default now()
);
create index security_event_at_idx on security_event (at desc, id desc);
create index security_event_kind_at_idx on security_event (kind, at desc, id desc);

-- Fixed-window rate limits (submissions, evidence, tracking lookups) shared by every app instance: one row per
-- key (a keyed hash of what is limited and for whom), its current window and what was used in it.
create table rate_limit (
    key           varchar(80) primary key,
    window_start  timestamptz not null,
    used          bigint      not null
);
create index rate_limit_window_idx on rate_limit (window_start);
