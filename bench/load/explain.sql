-- EXPLAIN (ANALYZE, BUFFERS) of the queue's queries (first page and the deep page of :'deep_due' / :deep_id) and of
-- the deadline sweep's three claims (run inside a transaction that is rolled back, so nothing is stamped).
-- psql -v deep_due=... -v deep_id=... -v remind_by=... -v record_before=... -f explain.sql
\pset pager off
\echo '=== queue: keys of the first page'
explain (analyze, buffers)
select c.id, coalesce(c.next_due, date '9999-12-31') from case_file c
join report r on r.id = c.report_id
where (cast(null as varchar) is null or c.state = null)
  and (not false or c.assigned_unit_id in (-1))
  and (not false or c.next_due < current_date)
  and (cast(null as varchar) is null or r.category = null)
  and (cast(null as varchar) is null or r.channel = null)
  and (cast(null as date) is null or c.next_due <= null)
  and (cast(null as varchar) is null or r.unit_id in (
        select u.id from unit u left join unit p on p.id = u.parent_id left join unit g on g.id = p.parent_id
        where u.code = null or p.code = null or g.code = null))
  and (coalesce(c.next_due, date '9999-12-31'), c.id) > (date '0001-01-01', 0)
order by coalesce(c.next_due, date '9999-12-31'), c.id
limit 51;
\echo '=== queue: keys of the deep page (after the 500,000th row)'
explain (analyze, buffers)
select c.id, coalesce(c.next_due, date '9999-12-31') from case_file c
join report r on r.id = c.report_id
where (cast(null as varchar) is null or c.state = null)
  and (not false or c.assigned_unit_id in (-1))
  and (not false or c.next_due < current_date)
  and (cast(null as varchar) is null or r.category = null)
  and (cast(null as varchar) is null or r.channel = null)
  and (cast(null as date) is null or c.next_due <= null)
  and (cast(null as varchar) is null or r.unit_id in (
        select u.id from unit u left join unit p on p.id = u.parent_id left join unit g on g.id = p.parent_id
        where u.code = null or p.code = null or g.code = null))
  and (coalesce(c.next_due, date '9999-12-31'), c.id) > (cast(:'deep_due' as date), cast(:deep_id as bigint))
order by coalesce(c.next_due, date '9999-12-31'), c.id
limit 51;
\echo '=== queue: keys of the first page, filtered: state SIGNED_FOR, overdue'
explain (analyze, buffers)
select c.id, coalesce(c.next_due, date '9999-12-31') from case_file c
join report r on r.id = c.report_id
where (cast('SIGNED_FOR' as varchar) is null or c.state = 'SIGNED_FOR')
  and (not false or c.assigned_unit_id in (-1))
  and (not true or c.next_due < current_date)
  and (cast(null as varchar) is null or r.category = null)
  and (cast(null as varchar) is null or r.channel = null)
  and (cast(null as date) is null or c.next_due <= null)
  and (cast(null as varchar) is null or r.unit_id in (
        select u.id from unit u left join unit p on p.id = u.parent_id left join unit g on g.id = p.parent_id
        where u.code = null or p.code = null or g.code = null))
  and (coalesce(c.next_due, date '9999-12-31'), c.id) > (date '0001-01-01', 0)
order by coalesce(c.next_due, date '9999-12-31'), c.id
limit 51;
select array_agg(id) as ids from (
  select c.id from case_file c order by coalesce(c.next_due, date '9999-12-31'), c.id limit 50) x \gset
\echo '=== queue: the page''s cases'
explain (analyze, buffers)
select c1_0.* from case_file c1_0 where c1_0.id = any(cast(:'ids' as bigint[]));
\echo '=== queue: the page''s reports with their units'
explain (analyze, buffers)
select r1_0.*, u1_0.* from report r1_0 join unit u1_0 on u1_0.id=r1_0.unit_id
where r1_0.id in (select c.report_id from case_file c where c.id = any(cast(:'ids' as bigint[])));
\echo '=== queue: repeat-target counts of the page''s reports (RepeatTargets.of)'
explain (analyze, buffers)
select r.id,
  (select count(*) from report o where o.id <> r.id
     and ((r.accused_badge is not null and upper(o.accused_badge) = upper(r.accused_badge))
          or (r.accused_name is not null and o.unit_id = r.unit_id and o.accused_name = r.accused_name))
     and o.received_at between r.received_at - make_interval(days => 365)
                           and r.received_at + make_interval(days => 365)),
  (select count(*) from report o where o.id <> r.id and o.window_id = r.window_id
     and o.received_at between r.received_at - make_interval(days => 90)
                           and r.received_at + make_interval(days => 90)),
  (select count(*) from report o where o.id <> r.id and o.unit_id = r.unit_id
     and o.received_at between r.received_at - make_interval(days => 30)
                           and r.received_at + make_interval(days => 30))
from report r where r.id in (select c.report_id from case_file c where c.id = any(cast(:'ids' as bigint[])));

begin;
\echo '=== sweep: remind (casework/Chasing.sweep, claim reminded_at)'
explain (analyze, buffers)
update case_deadline set reminded_at = now() where closed_at is null and stage <> 'OBJECTION'
  and reminded_at is null and due_on >= current_date and due_on <= cast(:'remind_by' as date)
returning case_id, due_on, stage, provisional;
\echo '=== sweep: escalate (claim escalated_at)'
explain (analyze, buffers)
update case_deadline set escalated_at = now() where closed_at is null and stage <> 'OBJECTION'
  and escalated_at is null and due_on < current_date
returning case_id, due_on, stage, provisional;
\echo '=== sweep: record against the unit (claim recorded_at)'
explain (analyze, buffers)
update case_deadline set recorded_at = now() where closed_at is null and stage <> 'OBJECTION'
  and recorded_at is null and escalated_at is not null and due_on < cast(:'record_before' as date)
returning case_id, due_on, stage, provisional;
\echo '=== metrics: open overdue limits (PortalMetrics, every 30 s)'
explain (analyze, buffers)
select count(*) from case_deadline where closed_at is null and stage <> 'OBJECTION' and due_on < current_date;
rollback;
