-- The field's steps (纪检监察机关处理检举控告工作规则, 2020, art. 17): after acceptance a clue is disposed of in one of four
-- ways — 谈话函询 (INQUIRING), 初步核实 (ASSIGNED … FINDINGS_SUBMITTED), 暂存待查 (HELD), 予以了结 (straight to CONCLUDED) —
-- or passed on for 审查调查 (REFERRED). Existing cases keep their states: every state they can be in is still one of the
-- life cycle (CLOSED now reads 归档 on the pages, not 结案). The check keeps a typo from ever storing a state no
-- transition knows.

alter table case_file add constraint case_file_state_known check (state in (
    'REGISTERED', 'ACCEPTED', 'REJECTED', 'TRANSFERRED', 'INQUIRING', 'HELD', 'ASSIGNED', 'SIGNED_FOR',
    'FINDINGS_SUBMITTED', 'REFERRED', 'CONCLUDED', 'UNDER_REVIEW', 'CLOSED'));

-- casework: the conclusion (办结) of each concluded case as the figures count it: the first step that reached it —
-- approving the findings, the outcome of an inquiry, or 予以了结 — however often a review approved it again.
create or replace view case_conclusion as
select e.case_id, e.at as concluded_at, (e.at at time zone 'Asia/Shanghai')::date as concluded_on
from case_event e
where e.action in ('APPROVED', 'INQUIRY_CONCLUDED', 'DISMISSED')
  and not exists (select 1 from case_event p where p.case_id = e.case_id
                  and p.action in ('APPROVED', 'INQUIRY_CONCLUDED', 'DISMISSED')
                  and (p.at < e.at or (p.at = e.at and p.id < e.id)));
