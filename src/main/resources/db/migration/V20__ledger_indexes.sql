-- 执行力台账: the ledger counts what happened in a period, city-wide, so it looks rows up by when they happened
-- (the existing indexes start with the unit or the case).
create index report_received_idx on report (received_at);
create index case_event_action_at_idx on case_event (action, at);
create index case_deadline_closed_idx on case_deadline (closed_at) where closed_at is not null;
create index case_deadline_due_idx on case_deadline (due_on);
create index case_deadline_escalated_idx on case_deadline (escalated_at) where escalated_at is not null;
create index satisfaction_rated_idx on satisfaction (rated_at);
create index accountability_matter_opened_idx on accountability_matter (opened_at);
