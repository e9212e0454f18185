-- Objections (纪检监察机关处理检举控告工作规则（2020）第二十二条): an objection is recorded with whether the reporter brings
-- new facts or evidence (those are verified before the review may keep the conclusion) and answered with an
-- explanation. The window runs from the day the reporter received the result (the result notice recorded as given,
-- casework.Telling), not from the conclusion; the 30 days follow 信访工作条例（2022）第三十五条 (复查 within 30 days of
-- receiving the written answer), applied here as the portal's policy, which administrators may change. Limits already
-- running keep the dates they started with.
alter table case_event add column new_facts boolean not null default false;

-- the policy row in force for the objection window says where its 30 days come from (a new row: the table is its
-- own history, and cases keep the row they started under)
with old as (
    update deadline_policy set valid_to = now()
    where stage = 'OBJECTION' and category is null and subcategory is null and valid_to is null
    returning days, day_kind, max_extension_days
)
insert into deadline_policy (stage, category, subcategory, days, day_kind, max_extension_days, source, valid_from,
                             created_by, reason)
select 'OBJECTION', null, null, days, day_kind, max_extension_days,
       '信访工作条例（2022）第三十五条（参照）：自收到处理结果之日起计算', now(), 'V122__objections.sql',
       '异议期限自举报人收到处理结果之日起计算'
from old;
