-- Outgoing mail goes through an outbox written in the same transaction as what caused it,
-- and a worker delivers it with retries. Recipient and body are encrypted like other personal data.

create table outbox_message (
    id               bigint generated always as identity primary key,
    kind             varchar(40)  not null,
    -- the report a mail is about, so its delivery can go on the report's timeline
    report_id        bigint references report (id),
    recipient_enc    text         not null,
    subject          varchar(300) not null,
    body_enc         text,
    status           varchar(10)  not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts         int          not null default 0,
    next_attempt_at  timestamptz  not null,
    last_error       varchar(500),
    sent_at          timestamptz,
    created_at       timestamptz  not null default now()
);
create index outbox_due_idx on outbox_message (next_attempt_at) where status = 'PENDING';
