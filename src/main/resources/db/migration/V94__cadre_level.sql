-- Issue 12 item 4: the form asks what the accused is as far as the reporter knows (窗口工作人员 / 一般干部 / 科级 /
-- 县处级（市管）/ 不清楚; null: not said), and the directory records which discipline body manages the heads of each
-- unit (干部管理权限): a case about a 县处级 (市管) cadre is held by the city's body; a report naming a unit's head by
-- the body that manages that unit's heads.
alter table report add column accused_level varchar(20)
    check (accused_level in ('WINDOW_STAFF', 'GENERAL', 'SECTION', 'COUNTY', 'UNKNOWN'));
alter table unit add column heads_managed_by_id bigint references unit (id);
