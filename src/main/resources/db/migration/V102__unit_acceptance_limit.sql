-- 交办 keeps the case and has the receiving body accept it itself: it signs for (签收) an assigned case within 5 working
-- days (纪检监察机关处理检举控告工作规则（2020）第十六条, for a report forwarded down), besides reporting back by the
-- verification's date. 转办 hands the case over and starts nothing here. Cases assigned before this keep the limits they
-- have (none is added after the fact).
insert into deadline_policy (stage, category, days, day_kind, max_extension_days, source, valid_from, created_by, reason) values
    ('UNIT_ACCEPTANCE', null, 5, 'WORKING', 0, '纪检监察机关处理检举控告工作规则（2020）第十六条', '2020-01-01',
     'V102__unit_acceptance_limit.sql', 'default');
