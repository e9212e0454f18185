-- EXPLAIN (ANALYZE, BUFFERS) of the sweep's claims as casework/Chasing issues them since the sweep is batched
-- (one batch of 200, FOR UPDATE SKIP LOCKED), in a transaction rolled back. After a sweep they find nothing left;
-- the plans (which indexes) are what matters. psql -v remind_by=... -v record_before=... -f explain_sweep.sql
\pset pager off
begin;
\echo '=== sweep, batched: remind'
explain (analyze, buffers)
update case_deadline set reminded_at = now() where closed_at is null and stage <> 'OBJECTION'
  and reminded_at is null and due_on >= current_date and due_on <= cast(:'remind_by' as date)
  and id in (select id from case_deadline where closed_at is null and stage <> 'OBJECTION'
    and reminded_at is null and due_on >= current_date and due_on <= cast(:'remind_by' as date)
    order by due_on, id limit 200 for update skip locked)
returning case_id, due_on, stage, provisional;
\echo '=== sweep, batched: escalate'
explain (analyze, buffers)
update case_deadline set escalated_at = now() where closed_at is null and stage <> 'OBJECTION'
  and escalated_at is null and due_on < current_date
  and id in (select id from case_deadline where closed_at is null and stage <> 'OBJECTION'
    and escalated_at is null and due_on < current_date order by due_on, id limit 200 for update skip locked)
returning case_id, due_on, stage, provisional;
\echo '=== sweep, batched: record against the unit'
explain (analyze, buffers)
update case_deadline set recorded_at = now() where closed_at is null and stage <> 'OBJECTION'
  and recorded_at is null and escalated_at is not null and due_on < cast(:'record_before' as date)
  and id in (select id from case_deadline where closed_at is null and stage <> 'OBJECTION'
    and recorded_at is null and escalated_at is not null and due_on < cast(:'record_before' as date)
    order by due_on, id limit 200 for update skip locked)
returning case_id, due_on, stage, provisional;
rollback;
