-- The staff desk: queues sorted by the next limit, and the record of every reveal of a reporter's identity.

-- The earliest due date among a case's open limits, kept by Deadlines whenever a limit starts or closes, so the
-- queues can sort and page by it with an index (keyset paging: no OFFSET, fast at a million cases).
alter table case_file add column next_due date;
update case_file c set next_due = (select min(d.due_on) from case_deadline d where d.case_id = c.id and d.closed_at is null);
create index case_file_queue_idx on case_file (coalesce(next_due, date '9999-12-31'), id);
create index case_file_state_queue_idx on case_file (state, coalesce(next_due, date '9999-12-31'), id);

-- Art. 47 of the 2020 rules: the reporter's identity is seen only when needed, and every look is on record.
create table identity_reveal (
    id          bigint generated always as identity primary key,
    case_id     bigint       not null references case_file (id),
    actor       varchar(100) not null,
    reason      varchar(500) not null,
    at          timestamptz  not null,
    created_at  timestamptz  not null default now()
);
create index identity_reveal_case_idx on identity_reveal (case_id, at);
