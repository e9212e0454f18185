-- Issue 12: no report goes to the accused's own unit by default, not even arrogant service.
--
-- For a window incident the time and the window identify the reporter as surely as a name (art. 47 of the 2020
-- rules; 信访工作条例 art. 46), so rule 8 reports now go to the body that verifies on the discipline body's behalf:
-- the managing office of a service centre (政务服务管理机构), the resident discipline group (派驻纪检监察组) of a
-- department, or, where the directory names none, the area's discipline body.

-- 1. The directory: which body verifies reports about a unit's staff (null: the area's discipline body).
alter table unit add column verifying_body_id bigint references unit (id);
alter table unit add constraint unit_verifying_body_not_itself check (verifying_body_id is null or verifying_body_id <> id);
create index unit_verifying_body_idx on unit (verifying_body_id);

-- 2. Routing rules: a new handling, and the own unit only as an explicit, reasoned exception (never for petty
--    corruption, never for a discipline body). Deactivated rules keep whatever they were.
alter table routing_rule add column exception_reason varchar(500)
    check (exception_reason is null or btrim(exception_reason) <> '');
alter table routing_rule drop constraint routing_rule_handling_check;
alter table routing_rule add constraint routing_rule_handling_check check (handling in ('OWN_UNIT',
    'VERIFYING_BODY', 'AREA_DISCIPLINE_BODY', 'CITY_DISCIPLINE_BODY', 'SPECIFIC_UNIT'));
alter table routing_rule drop constraint routing_rule_not_own_unit;
alter table routing_rule drop constraint routing_rule_not_back_to_the_unit;

-- 3. The seeded rule 8 default (V6: the accused's own unit under its head) now names the verifying body, with its
--    history; any other active rule sending reports back to the accused's unit is deactivated with the reason, so
--    an admin re-creates it as an explicit exception if it is really meant.
create temporary table v90_changed (rule_id bigint, old_value jsonb, change varchar(20), reason varchar(500))
    on commit drop;

insert into v90_changed
select r.id, jsonb_build_object('category', r.category, 'unitCode', u.code, 'unitKind', r.unit_kind,
        'handling', r.handling, 'specificUnitCode', s.code, 'explanationZh', r.explanation_zh,
        'explanationEn', r.explanation_en, 'active', r.active),
       case when r.unit_id is null and r.unit_kind is null and r.handling = 'OWN_UNIT' then 'UPDATED'
            else 'DEACTIVATED' end,
       case when r.unit_id is null and r.unit_kind is null and r.handling = 'OWN_UNIT'
            then '默认规则改为交核查机构：傲慢服务不再交被举报单位办理（议题 12；纪检监察机关处理检举控告工作规则第四十七条）'
            else '停用：规则把案件交回被举报单位。确有必要的，请作为有理由的例外重新设立（议题 12）' end
from routing_rule r
left join unit u on u.id = r.unit_id
left join unit s on s.id = r.specific_unit_id
where r.active and (r.handling = 'OWN_UNIT' or (r.specific_unit_id is not null and r.specific_unit_id = r.unit_id));

update routing_rule r set handling = 'VERIFYING_BODY', updated_at = now(),
    explanation_zh = '傲慢服务（第八条）：不交被举报单位办理。政务服务中心窗口的，交中心的管理机构（政务服务管理机构）核查；部门的，交其派驻纪检监察组；目录中没有登记核查机构的，交所在县（市、区）纪委监委。举报对象是单位负责人的，交纪委监委办理。',
    explanation_en = 'Arrogant service (rule 8): never handled by the accused''s unit. At a service-centre window it goes to the centre''s managing office; at a department, to its resident discipline group; where the directory names no verifying body, to the area''s discipline body. A report naming the head goes to the discipline body.'
from v90_changed c where c.rule_id = r.id and c.change = 'UPDATED';

update routing_rule r set active = false, updated_at = now()
from v90_changed c where c.rule_id = r.id and c.change = 'DEACTIVATED';

insert into routing_rule_history (rule_id, at, actor, change, old_value, new_value, reason)
select r.id, r.updated_at, 'V90__routing_without_exposure.sql', c.change, c.old_value,
       jsonb_build_object('category', r.category, 'unitCode', u.code, 'unitKind', r.unit_kind,
                          'handling', r.handling, 'specificUnitCode', s.code, 'explanationZh', r.explanation_zh,
                          'explanationEn', r.explanation_en, 'active', r.active, 'exceptionReason', r.exception_reason),
       c.reason
from v90_changed c
join routing_rule r on r.id = c.rule_id
left join unit u on u.id = r.unit_id
left join unit s on s.id = r.specific_unit_id
order by r.id;

-- 4. From now on an active rule may send a case back to the accused's unit only as a reasoned exception, and never
--    a petty-corruption report or a report about a discipline body.
alter table routing_rule add constraint routing_rule_own_unit_only_by_exception check (not active or (
    (handling <> 'OWN_UNIT' and (specific_unit_id is null or unit_id is null or specific_unit_id <> unit_id))
    or (exception_reason is not null and category <> 'PETTY_CORRUPTION'
        and unit_kind is distinct from 'DISCIPLINE_BODY')));
