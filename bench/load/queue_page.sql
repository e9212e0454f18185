-- pgbench: one page of the inspector's queue (desk/CaseDesk.queue + RepeatTargets.of), the SQL the app issues
-- for the unfiltered queue, with the app's parameters in place (filters null, overdue false, page size 50 + 1):
--   1. the page's keys, by key after (:after_due, :after_id) — keyset paging, never OFFSET
--   2. the page's cases by id, 3. their reports with units, 4. the repeat-target counts of the page's reports.
-- pgbench -M prepared -D after_due=0001-01-01 -D after_id=0 (first page) or the key of the 500,000th row (deep).
with k as (
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
  and (coalesce(c.next_due, date '9999-12-31'), c.id) > (cast(:after_due as date), cast(:after_id as bigint))
order by coalesce(c.next_due, date '9999-12-31'), c.id
limit 51)
select array_agg(id) as ids from (select id from k limit 50) x \gset
select c1_0.id,c1_0.assigned_unit_id,c1_0.category,c1_0.conclusion,c1_0.created_at,c1_0.next_due,c1_0.opened_at,c1_0.report_id,c1_0.state,c1_0.subcategory,c1_0.version from case_file c1_0 where c1_0.id = any(cast(:ids as bigint[]));
select r1_0.*, u1_0.* from report r1_0 join unit u1_0 on u1_0.id=r1_0.unit_id where r1_0.id in (select c.report_id from case_file c where c.id = any(cast(:ids as bigint[])));
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
from report r where r.id in (select c.report_id from case_file c where c.id = any(cast(:ids as bigint[])));
