-- Which unit handles a case, and which units a handler works for beyond the one their sign-in names.
alter table case_file add column assigned_unit_id bigint references unit (id);
create index case_file_assigned_idx on case_file (assigned_unit_id, coalesce(next_due, date '9999-12-31'), id)
    where assigned_unit_id is not null;

create table handler_unit (
    id          bigint generated always as identity primary key,
    user_name   varchar(100) not null,
    unit_id     bigint       not null references unit (id),
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    unique (user_name, unit_id)
);
