-- Chasing (催办) before a limit, supervision (督办) when it passes, and a record against the unit when it stays
-- overdue. Each is stamped once per case deadline; the stamp is set by the statement that claims the row, so
-- several app instances running the job at once act on each deadline once.
alter table case_deadline add column reminded_at timestamptz;
alter table case_deadline add column escalated_at timestamptz;
alter table case_deadline add column recorded_at timestamptz;
create index case_deadline_escalated_open_idx on case_deadline (due_on) where closed_at is null and recorded_at is null;
