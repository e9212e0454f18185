-- The outbox carries notices, not only mails: each row is one notice on one channel (MAIL or SMS), rendered for that
-- channel, with the template it came from (kind), the case it belongs to and, for a notice that tells the reporter
-- what became of the report (告知, 反馈), the limit its delivery meets. Rows queued before this were all mails.
alter table outbox_message add column channel varchar(10) not null default 'MAIL' check (channel in ('MAIL', 'SMS'));
-- a text message has no subject
alter table outbox_message alter column subject drop not null;
-- the reporter-facing limit (ACCEPTANCE_NOTICE, RESULT_NOTICE) met when this notice reaches the reporter
alter table outbox_message add column tells_stage varchar(30);
-- a template-based gateway (a cloud SMS API) gets the template's parameters rather than the rendered text; sealed
-- like the body, cleared like it once sent
alter table outbox_message add column params_enc text;
-- what the gateway answered (a cloud API's request id); per segment ids of SMPP live in sms_part
alter table outbox_message add column gateway_ref varchar(100);
-- delivery read back from the gateway: a mail counts as delivered when the SMTP server took it, a text when every
-- segment's delivery receipt said DELIVRD; UNDELIVERED when one said otherwise or the outbox gave up
alter table outbox_message add column delivery varchar(12) check (delivery in ('AWAITING', 'DELIVERED', 'UNDELIVERED'));
alter table outbox_message add column delivered_at timestamptz;
alter table outbox_message add column delivery_error varchar(200);
update outbox_message set delivery = 'DELIVERED', delivered_at = sent_at where status = 'SENT';
create index outbox_awaiting_idx on outbox_message (sent_at) where delivery = 'AWAITING';

-- The segments of a text as the SMSC acknowledged them (submit_sm_resp), one message id each.
create table sms_part (
    outbox_id   bigint      not null references outbox_message (id) on delete cascade,
    seq         int         not null,
    message_id  varchar(65) not null,
    primary key (outbox_id, seq)
);
create index sms_part_message_idx on sms_part (message_id);

-- Delivery receipts as they arrive (deliver_sm from the SMSC, or a cloud API's status report). Kept apart from the
-- parts because a receipt may arrive before the submit's outcome is committed; they meet in a join.
create table sms_receipt (
    message_id   varchar(65) primary key,
    state        varchar(10) not null,
    error        varchar(10),
    done_at      timestamptz,
    received_at  timestamptz not null
);
