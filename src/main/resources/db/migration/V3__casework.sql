-- The case opened for each report: its state and its timeline. Later migrations add routing and deadlines.

create table case_file (
    id          bigint generated always as identity primary key,
    report_id   bigint      not null unique references report (id),
    state       varchar(30) not null,
    opened_at   timestamptz not null,
    version     int         not null default 0,
    created_at  timestamptz not null default now()
);
create index case_file_state_idx on case_file (state);

create table case_event (
    id           bigint generated always as identity primary key,
    case_id      bigint       not null references case_file (id),
    at           timestamptz  not null,
    action       varchar(40)  not null,
    actor        varchar(100) not null,
    public_event boolean      not null,
    note         varchar(2000),
    created_at   timestamptz  not null default now()
);
create index case_event_case_idx on case_event (case_id, at);
