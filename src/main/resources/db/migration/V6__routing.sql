-- Routing: which body handles which report, as rules administrators see and change, and every change kept.
--
-- A rule: reports of a category about one unit (unit_id), a kind of unit (unit_kind) or any unit (both null) go
-- to a handling body. The most specific active rule wins. The routing code (routing/RoutingPolicy) enforces the
-- protections of the reporter whatever the rules say: petty corruption and any report naming the unit's head never
-- go to the accused's own unit, and a report about a discipline body goes only upwards. The checks below repeat
-- what a rule alone can show of that.

create table routing_rule (
    id                bigint generated always as identity primary key,
    category          varchar(30)  not null check (category in ('ARROGANT_SERVICE', 'PETTY_CORRUPTION')),
    unit_id           bigint references unit (id),
    unit_kind         varchar(30) check (unit_kind in ('CITY_DEPARTMENT', 'COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE',
                                                       'DEVELOPMENT_ZONE', 'SERVICE_CENTER', 'DISCIPLINE_BODY',
                                                       'SUPERVISION_OFFICE')),
    handling          varchar(30)  not null check (handling in ('OWN_UNIT', 'AREA_DISCIPLINE_BODY',
                                                                'CITY_DISCIPLINE_BODY', 'SPECIFIC_UNIT')),
    specific_unit_id  bigint references unit (id),
    -- what the inspector reads beside the route, in both languages of the staff pages
    explanation_zh    varchar(500) not null check (btrim(explanation_zh) <> ''),
    explanation_en    varchar(500) not null check (btrim(explanation_en) <> ''),
    active            boolean      not null default true,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    -- one unit or one kind of unit, not both
    constraint routing_rule_one_scope check (unit_id is null or unit_kind is null),
    constraint routing_rule_specific_unit check ((handling = 'SPECIFIC_UNIT') = (specific_unit_id is not null)),
    -- petty corruption, and anything about a discipline body, never goes back to the accused's own unit
    constraint routing_rule_not_own_unit check (handling <> 'OWN_UNIT'
        or (category <> 'PETTY_CORRUPTION' and unit_kind is distinct from 'DISCIPLINE_BODY')),
    constraint routing_rule_not_back_to_the_unit check (category <> 'PETTY_CORRUPTION' or specific_unit_id is null
        or unit_id is null or specific_unit_id <> unit_id)
);
create index routing_rule_unit_idx on routing_rule (unit_id);
create index routing_rule_specific_unit_idx on routing_rule (specific_unit_id);
-- at most one active rule per category and scope, so "the most specific rule" is always one rule
create unique index routing_rule_active_unit_uq on routing_rule (category, unit_id)
    where active and unit_id is not null;
create unique index routing_rule_active_kind_uq on routing_rule (category, unit_kind)
    where active and unit_kind is not null;
create unique index routing_rule_active_any_uq on routing_rule (category)
    where active and unit_id is null and unit_kind is null;

-- Every change to a rule: who, when, why, and the rule before (null when created) and after, as JSON with units
-- by code: {"category", "unitCode", "unitKind", "handling", "specificUnitCode", "explanationZh", "explanationEn",
-- "active"}. Rules are never deleted, so the history always has its rule.
create table routing_rule_history (
    id          bigint generated always as identity primary key,
    rule_id     bigint       not null references routing_rule (id),
    at          timestamptz  not null,
    actor       varchar(120) not null,
    change      varchar(20)  not null check (change in ('CREATED', 'UPDATED', 'DEACTIVATED')),
    old_value   jsonb,
    new_value   jsonb        not null,
    reason      varchar(500) not null check (btrim(reason) <> ''),
    created_at  timestamptz  not null default now(),
    check ((change = 'CREATED') = (old_value is null))
);
create index routing_rule_history_rule_idx on routing_rule_history (rule_id, at);

-- The defaults of issue 3, as rules administrators can see (and change within the protections).
insert into routing_rule (category, unit_kind, handling, explanation_zh, explanation_en) values
    ('ARROGANT_SERVICE', null, 'OWN_UNIT',
     '傲慢服务（第八条）：由被举报单位主要负责人组织调查核实，市人民政府督查室督查督办。举报对象是单位负责人的，改由纪委监委办理。',
     'Arrogant service (rule 8): investigated by the accused''s own unit under its head, supervised by the municipal government''s supervision office. A report naming the unit''s head goes to the discipline body instead.'),
    ('PETTY_CORRUPTION', null, 'AREA_DISCIPLINE_BODY',
     '索拿卡要（第九条）：不由被举报单位办理，交其所在县（市、区）、管理区、开发区的纪委监委；市直单位交市纪委监委。',
     'Petty corruption (rule 9): never handled by the accused''s unit; it goes to the discipline body of the unit''s county, district or zone, or to the city''s for a city-level unit.'),
    ('ARROGANT_SERVICE', 'DISCIPLINE_BODY', 'CITY_DISCIPLINE_BODY',
     '举报纪检监察机关本身的，由上一级办理：县区纪委监委交市纪委监委；举报市纪委监委的，转上级纪委监委。',
     'A report about a discipline body goes one level up: a county''s to the city''s; a report about the city''s own is transferred to the discipline body above it.'),
    ('PETTY_CORRUPTION', 'DISCIPLINE_BODY', 'CITY_DISCIPLINE_BODY',
     '举报纪检监察机关本身的，由上一级办理：县区纪委监委交市纪委监委；举报市纪委监委的，转上级纪委监委。',
     'A report about a discipline body goes one level up: a county''s to the city''s; a report about the city''s own is transferred to the discipline body above it.');

insert into routing_rule_history (rule_id, at, actor, change, old_value, new_value, reason)
select r.id, r.created_at, 'V6__routing.sql', 'CREATED', null,
       jsonb_build_object('category', r.category, 'unitCode', null, 'unitKind', r.unit_kind,
                          'handling', r.handling, 'specificUnitCode', null, 'explanationZh', r.explanation_zh,
                          'explanationEn', r.explanation_en, 'active', r.active),
       '默认分办规则（永政发〔2018〕1号第八条、第九条；DOMAIN.md“保护举报人”）'
from routing_rule r
order by r.id;
