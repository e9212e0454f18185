-- Repeated reports (纪检监察机关处理检举控告工作规则（2020）第十四条、第二十一条): a report of the same matter from the same
-- person is registered and kept on file (留存备查) and merged (并案) into the open case of the first one: it starts no
-- limits of its own, is not told again and is not counted a second time. An inspector merges and splits cases by hand
-- too. A merged case points at the case it was merged into; only a merged case does.
alter table case_file add column merged_into_id bigint references case_file (id);
alter table case_file add constraint case_file_merged_points check ((state = 'MERGED') = (merged_into_id is not null));
alter table case_file add constraint case_file_not_into_itself check (merged_into_id is null or merged_into_id <> id);
create index case_file_merged_into_idx on case_file (merged_into_id) where merged_into_id is not null;

alter table case_file drop constraint case_file_state_known;
alter table case_file add constraint case_file_state_known check (state in (
    'REGISTERED', 'ACCEPTED', 'REJECTED', 'TRANSFERRED', 'INQUIRING', 'HELD', 'ASSIGNED', 'SIGNED_FOR',
    'FINDINGS_SUBMITTED', 'REFERRED', 'CONCLUDED', 'UNDER_REVIEW', 'CLOSED', 'MERGED'));

-- casework: one row per matter. A merged case is a repeat kept on file with the case it was merged into, so the
-- figures, the ledger, the queues and the repeat-target alert count the matter once (the case it went into). The
-- view keeps every column it has (V92's body_id, V104's anonymous).
create or replace view case_fact as
select c.id as case_id, c.report_id, r.receipt_no, r.unit_id, r.window_id, c.category, c.subcategory, r.channel,
       r.received_at, (r.received_at at time zone 'Asia/Shanghai')::date as received_on,
       c.state, c.conclusion, coalesce(c.conclusion in ('SUBSTANTIATED', 'PARTLY_SUBSTANTIATED'), false) as found,
       c.assigned_unit_id, c.next_due,
       (select min(e.at) from case_event e where e.case_id = c.id and e.action = 'ACCEPTED') as accepted_at,
       (select k.concluded_at from case_conclusion k where k.case_id = c.id) as concluded_at,
       c.body_id, c.anonymous
from case_file c join report r on r.id = c.report_id
where c.state <> 'MERGED';
