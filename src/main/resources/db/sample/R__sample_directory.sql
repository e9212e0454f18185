-- Sample directory for dev and test (Flyway location db/sample; never in production).
--
-- Shaped like Yongzhou's real structure: city departments, the 11 counties and districts, the two
-- management zones and the development zone, each with its service center, discipline body and a few
-- departments; windows of the service centers; unit heads as a history; a few window staff.
--
-- NO real person appears here. Every name is a placeholder: '示例' + title + a heavenly stem giving
-- the order within that unit's history (甲 first, 乙 second, 丙 third), e.g. '示例局长甲'.
-- Window staff are '窗口人员NN'.
--
-- Repeatable migration: it re-runs whenever this file changes, so every statement is idempotent
-- (on conflict do nothing; where not exists for unit_head and staff, which have no unique key).
-- Rows are only ever added: changing an existing row's text here does not update it in an existing
-- database (tests clean the database at start, dev databases may need a clean).
--
-- Codes the tests rely on: window 'C-01' (city center, 综合受理窗口 1号) and 'LL-03'
-- (零陵区政务服务中心, 不动产登记窗口); unit 'LL-ZWFW' has exactly two heads:
-- '示例主任甲' 2019-03-01..2024-02-29 and '示例主任乙' from 2024-03-01.

-- 1. City-level units (no parent: the city government itself is not a unit of the directory).
insert into unit (code, name, name_en, kind, parent_id)
select v.code, v.name, v.name_en, v.kind, p.id
from (values
    ('CITY-ZWFW', '永州市政务服务中心', 'Yongzhou Municipal Government Service Center', 'SERVICE_CENTER', null),
    ('CITY-GA', '永州市公安局', 'Yongzhou Municipal Public Security Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-CZ', '永州市财政局', 'Yongzhou Municipal Finance Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-RS', '永州市人力资源和社会保障局', 'Yongzhou Municipal Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-SJ', '永州市审计局', 'Yongzhou Municipal Audit Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-GGZY', '永州市公共资源交易中心', 'Yongzhou Public Resources Trading Center', 'CITY_DEPARTMENT', null),
    ('CITY-ZRZY', '永州市自然资源和规划局', 'Yongzhou Municipal Natural Resources and Planning Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-ZJ', '永州市住房和城乡建设局', 'Yongzhou Municipal Housing and Urban-Rural Development Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-SCJG', '永州市市场监督管理局', 'Yongzhou Municipal Administration for Market Regulation', 'CITY_DEPARTMENT', null),
    ('CITY-SW', '国家税务总局永州市税务局', 'Yongzhou Municipal Tax Service, State Taxation Administration', 'CITY_DEPARTMENT', null),
    ('CITY-YB', '永州市医疗保障局', 'Yongzhou Municipal Healthcare Security Bureau', 'CITY_DEPARTMENT', null),
    ('CITY-JW', '永州市纪委监委', 'Yongzhou Municipal Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', null),
    ('CITY-DCS', '永州市人民政府督查室', 'Supervision Office of the Yongzhou Municipal People''s Government', 'SUPERVISION_OFFICE', null)
) as v (code, name, name_en, kind, parent_code)
left join unit p on p.code = v.parent_code
where v.parent_code is null or p.id is not null
on conflict (code) do nothing;

--    ... and the real estate registration center, an institution under the natural resources and planning bureau.
insert into unit (code, name, name_en, kind, parent_id)
select v.code, v.name, v.name_en, v.kind, p.id
from (values
    ('CITY-BDC', '永州市不动产登记中心', 'Yongzhou Real Estate Registration Center', 'CITY_DEPARTMENT', 'CITY-ZRZY')
) as v (code, name, name_en, kind, parent_code)
left join unit p on p.code = v.parent_code
where v.parent_code is null or p.id is not null
on conflict (code) do nothing;

-- 2. Counties and districts, management zones, the development zone.
insert into unit (code, name, name_en, kind, parent_id)
select v.code, v.name, v.name_en, v.kind, p.id
from (values
    ('LL', '零陵区人民政府', 'Lingling District People''s Government', 'COUNTY_GOVERNMENT', null),
    ('LST', '冷水滩区人民政府', 'Lengshuitan District People''s Government', 'COUNTY_GOVERNMENT', null),
    ('QY', '祁阳市人民政府', 'Qiyang Municipal People''s Government', 'COUNTY_GOVERNMENT', null),
    ('DA', '东安县人民政府', 'Dong''an County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('SP', '双牌县人民政府', 'Shuangpai County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('DX', '道县人民政府', 'Daoxian County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('JY', '江永县人民政府', 'Jiangyong County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('NY', '宁远县人民政府', 'Ningyuan County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('LS', '蓝山县人民政府', 'Lanshan County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('XT', '新田县人民政府', 'Xintian County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('JH', '江华瑶族自治县人民政府', 'Jianghua Yao Autonomous County People''s Government', 'COUNTY_GOVERNMENT', null),
    ('JD', '金洞管理区管理委员会', 'Jindong Management Zone Administrative Committee', 'MANAGEMENT_ZONE', null),
    ('HLX', '回龙圩管理区管理委员会', 'Huilongxu Management Zone Administrative Committee', 'MANAGEMENT_ZONE', null),
    ('JKQ', '永州经济技术开发区管理委员会', 'Yongzhou Economic and Technological Development Zone Administrative Committee', 'DEVELOPMENT_ZONE', null)
) as v (code, name, name_en, kind, parent_code)
left join unit p on p.code = v.parent_code
where v.parent_code is null or p.id is not null
on conflict (code) do nothing;

-- 3. In each area: its service center, its discipline body and a few departments.
insert into unit (code, name, name_en, kind, parent_id)
select v.code, v.name, v.name_en, v.kind, p.id
from (values
    ('LL-ZWFW', '零陵区政务服务中心', 'Lingling District Government Service Center', 'SERVICE_CENTER', 'LL'),
    ('LL-JW', '零陵区纪委监委', 'Lingling District Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'LL'),
    ('LL-GA', '零陵区公安分局', 'Lingling District Public Security Sub-bureau', 'CITY_DEPARTMENT', 'LL'),
    ('LL-RS', '零陵区人力资源和社会保障局', 'Lingling District Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'LL'),
    ('LL-ZRZY', '零陵区自然资源局', 'Lingling District Natural Resources Bureau', 'CITY_DEPARTMENT', 'LL'),
    ('LST-ZWFW', '冷水滩区政务服务中心', 'Lengshuitan District Government Service Center', 'SERVICE_CENTER', 'LST'),
    ('LST-JW', '冷水滩区纪委监委', 'Lengshuitan District Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'LST'),
    ('LST-GA', '冷水滩区公安分局', 'Lengshuitan District Public Security Sub-bureau', 'CITY_DEPARTMENT', 'LST'),
    ('LST-RS', '冷水滩区人力资源和社会保障局', 'Lengshuitan District Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'LST'),
    ('LST-ZJ', '冷水滩区住房和城乡建设局', 'Lengshuitan District Housing and Urban-Rural Development Bureau', 'CITY_DEPARTMENT', 'LST'),
    ('QY-ZWFW', '祁阳市政务服务中心', 'Qiyang Government Service Center', 'SERVICE_CENTER', 'QY'),
    ('QY-JW', '祁阳市纪委监委', 'Qiyang Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'QY'),
    ('QY-GA', '祁阳市公安局', 'Qiyang Public Security Bureau', 'CITY_DEPARTMENT', 'QY'),
    ('QY-RS', '祁阳市人力资源和社会保障局', 'Qiyang Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'QY'),
    ('QY-ZRZY', '祁阳市自然资源局', 'Qiyang Natural Resources Bureau', 'CITY_DEPARTMENT', 'QY'),
    ('DA-ZWFW', '东安县政务服务中心', 'Dong''an County Government Service Center', 'SERVICE_CENTER', 'DA'),
    ('DA-JW', '东安县纪委监委', 'Dong''an County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'DA'),
    ('DA-GA', '东安县公安局', 'Dong''an County Public Security Bureau', 'CITY_DEPARTMENT', 'DA'),
    ('DA-SCJG', '东安县市场监督管理局', 'Dong''an County Administration for Market Regulation', 'CITY_DEPARTMENT', 'DA'),
    ('SP-ZWFW', '双牌县政务服务中心', 'Shuangpai County Government Service Center', 'SERVICE_CENTER', 'SP'),
    ('SP-JW', '双牌县纪委监委', 'Shuangpai County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'SP'),
    ('SP-GA', '双牌县公安局', 'Shuangpai County Public Security Bureau', 'CITY_DEPARTMENT', 'SP'),
    ('SP-RS', '双牌县人力资源和社会保障局', 'Shuangpai County Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'SP'),
    ('DX-ZWFW', '道县政务服务中心', 'Daoxian County Government Service Center', 'SERVICE_CENTER', 'DX'),
    ('DX-JW', '道县纪委监委', 'Daoxian County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'DX'),
    ('DX-GA', '道县公安局', 'Daoxian County Public Security Bureau', 'CITY_DEPARTMENT', 'DX'),
    ('DX-RS', '道县人力资源和社会保障局', 'Daoxian County Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'DX'),
    ('DX-YB', '道县医疗保障局', 'Daoxian County Healthcare Security Bureau', 'CITY_DEPARTMENT', 'DX'),
    ('JY-ZWFW', '江永县政务服务中心', 'Jiangyong County Government Service Center', 'SERVICE_CENTER', 'JY'),
    ('JY-JW', '江永县纪委监委', 'Jiangyong County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'JY'),
    ('JY-GA', '江永县公安局', 'Jiangyong County Public Security Bureau', 'CITY_DEPARTMENT', 'JY'),
    ('JY-ZRZY', '江永县自然资源局', 'Jiangyong County Natural Resources Bureau', 'CITY_DEPARTMENT', 'JY'),
    ('NY-ZWFW', '宁远县政务服务中心', 'Ningyuan County Government Service Center', 'SERVICE_CENTER', 'NY'),
    ('NY-JW', '宁远县纪委监委', 'Ningyuan County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'NY'),
    ('NY-GA', '宁远县公安局', 'Ningyuan County Public Security Bureau', 'CITY_DEPARTMENT', 'NY'),
    ('NY-RS', '宁远县人力资源和社会保障局', 'Ningyuan County Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'NY'),
    ('NY-SCJG', '宁远县市场监督管理局', 'Ningyuan County Administration for Market Regulation', 'CITY_DEPARTMENT', 'NY'),
    ('LS-ZWFW', '蓝山县政务服务中心', 'Lanshan County Government Service Center', 'SERVICE_CENTER', 'LS'),
    ('LS-JW', '蓝山县纪委监委', 'Lanshan County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'LS'),
    ('LS-GA', '蓝山县公安局', 'Lanshan County Public Security Bureau', 'CITY_DEPARTMENT', 'LS'),
    ('LS-YB', '蓝山县医疗保障局', 'Lanshan County Healthcare Security Bureau', 'CITY_DEPARTMENT', 'LS'),
    ('XT-ZWFW', '新田县政务服务中心', 'Xintian County Government Service Center', 'SERVICE_CENTER', 'XT'),
    ('XT-JW', '新田县纪委监委', 'Xintian County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'XT'),
    ('XT-GA', '新田县公安局', 'Xintian County Public Security Bureau', 'CITY_DEPARTMENT', 'XT'),
    ('XT-ZJ', '新田县住房和城乡建设局', 'Xintian County Housing and Urban-Rural Development Bureau', 'CITY_DEPARTMENT', 'XT'),
    ('JH-ZWFW', '江华瑶族自治县政务服务中心', 'Jianghua Yao Autonomous County Government Service Center', 'SERVICE_CENTER', 'JH'),
    ('JH-JW', '江华瑶族自治县纪委监委', 'Jianghua Yao Autonomous County Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'JH'),
    ('JH-GA', '江华瑶族自治县公安局', 'Jianghua Yao Autonomous County Public Security Bureau', 'CITY_DEPARTMENT', 'JH'),
    ('JH-RS', '江华瑶族自治县人力资源和社会保障局', 'Jianghua Yao Autonomous County Human Resources and Social Security Bureau', 'CITY_DEPARTMENT', 'JH'),
    ('JH-ZRZY', '江华瑶族自治县自然资源局', 'Jianghua Yao Autonomous County Natural Resources Bureau', 'CITY_DEPARTMENT', 'JH'),
    ('JD-ZWFW', '金洞管理区政务服务中心', 'Jindong Management Zone Government Service Center', 'SERVICE_CENTER', 'JD'),
    ('JD-JW', '金洞管理区纪委监委', 'Jindong Management Zone Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'JD'),
    ('JD-GA', '金洞管理区公安分局', 'Jindong Management Zone Public Security Sub-bureau', 'CITY_DEPARTMENT', 'JD'),
    ('JD-SHSY', '金洞管理区社会事业局', 'Jindong Management Zone Social Affairs Bureau', 'CITY_DEPARTMENT', 'JD'),
    ('HLX-ZWFW', '回龙圩管理区政务服务中心', 'Huilongxu Management Zone Government Service Center', 'SERVICE_CENTER', 'HLX'),
    ('HLX-JW', '回龙圩管理区纪委监委', 'Huilongxu Management Zone Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'HLX'),
    ('HLX-GA', '回龙圩管理区公安分局', 'Huilongxu Management Zone Public Security Sub-bureau', 'CITY_DEPARTMENT', 'HLX'),
    ('HLX-SHSY', '回龙圩管理区社会事业局', 'Huilongxu Management Zone Social Affairs Bureau', 'CITY_DEPARTMENT', 'HLX'),
    ('JKQ-ZWFW', '永州经济技术开发区政务服务中心', 'Yongzhou Economic and Technological Development Zone Government Service Center', 'SERVICE_CENTER', 'JKQ'),
    ('JKQ-JW', '永州经济技术开发区纪委监委', 'Yongzhou Economic and Technological Development Zone Commission for Discipline Inspection and Supervisory Commission', 'DISCIPLINE_BODY', 'JKQ'),
    ('JKQ-JSGH', '永州经济技术开发区建设规划局', 'Yongzhou Economic and Technological Development Zone Construction and Planning Bureau', 'CITY_DEPARTMENT', 'JKQ'),
    ('JKQ-SCJG', '永州经济技术开发区市场监督管理局', 'Yongzhou Economic and Technological Development Zone Administration for Market Regulation', 'CITY_DEPARTMENT', 'JKQ')
) as v (code, name, name_en, kind, parent_code)
left join unit p on p.code = v.parent_code
where v.parent_code is null or p.id is not null
on conflict (code) do nothing;

-- 4. Service windows. Codes are stable: C-NN for the city center, <area code>-NN for the areas.

-- 永州市政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('C-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('C-02', '综合受理窗口 2号', 'Comprehensive acceptance window No. 2'),
    ('C-03', '企业开办窗口', 'Business start-up window'),
    ('C-04', '工程建设项目审批窗口', 'Construction project approval window'),
    ('C-05', '不动产登记窗口', 'Real estate registration window'),
    ('C-06', '社保医保窗口', 'Social security and medical insurance window'),
    ('C-07', '公安户政窗口', 'Police household registration window'),
    ('C-08', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'CITY-ZWFW'
on conflict (code) do nothing;

-- 零陵区政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('LL-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('LL-02', '综合受理窗口 2号', 'Comprehensive acceptance window No. 2'),
    ('LL-03', '不动产登记窗口', 'Real estate registration window'),
    ('LL-04', '社保医保窗口', 'Social security and medical insurance window'),
    ('LL-05', '公安户政窗口', 'Police household registration window'),
    ('LL-06', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'LL-ZWFW'
on conflict (code) do nothing;

-- 冷水滩区政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('LST-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('LST-02', '综合受理窗口 2号', 'Comprehensive acceptance window No. 2'),
    ('LST-03', '不动产登记窗口', 'Real estate registration window'),
    ('LST-04', '社保医保窗口', 'Social security and medical insurance window'),
    ('LST-05', '企业开办窗口', 'Business start-up window'),
    ('LST-06', '公积金窗口', 'Housing provident fund window')
) as v (code, name, name_en)
join unit u on u.code = 'LST-ZWFW'
on conflict (code) do nothing;

-- 祁阳市政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('QY-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('QY-02', '不动产登记窗口', 'Real estate registration window'),
    ('QY-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('QY-04', '公安户政窗口', 'Police household registration window'),
    ('QY-05', '税务窗口', 'Tax window'),
    ('QY-06', '企业开办窗口', 'Business start-up window')
) as v (code, name, name_en)
join unit u on u.code = 'QY-ZWFW'
on conflict (code) do nothing;

-- 东安县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('DA-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('DA-02', '不动产登记窗口', 'Real estate registration window'),
    ('DA-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('DA-04', '公安户政窗口', 'Police household registration window'),
    ('DA-05', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'DA-ZWFW'
on conflict (code) do nothing;

-- 双牌县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('SP-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('SP-02', '不动产登记窗口', 'Real estate registration window'),
    ('SP-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('SP-04', '公安户政窗口', 'Police household registration window')
) as v (code, name, name_en)
join unit u on u.code = 'SP-ZWFW'
on conflict (code) do nothing;

-- 道县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('DX-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('DX-02', '不动产登记窗口', 'Real estate registration window'),
    ('DX-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('DX-04', '公安户政窗口', 'Police household registration window'),
    ('DX-05', '公积金窗口', 'Housing provident fund window')
) as v (code, name, name_en)
join unit u on u.code = 'DX-ZWFW'
on conflict (code) do nothing;

-- 江永县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('JY-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('JY-02', '不动产登记窗口', 'Real estate registration window'),
    ('JY-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('JY-04', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'JY-ZWFW'
on conflict (code) do nothing;

-- 宁远县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('NY-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('NY-02', '不动产登记窗口', 'Real estate registration window'),
    ('NY-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('NY-04', '公安户政窗口', 'Police household registration window'),
    ('NY-05', '企业开办窗口', 'Business start-up window')
) as v (code, name, name_en)
join unit u on u.code = 'NY-ZWFW'
on conflict (code) do nothing;

-- 蓝山县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('LS-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('LS-02', '不动产登记窗口', 'Real estate registration window'),
    ('LS-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('LS-04', '公安户政窗口', 'Police household registration window')
) as v (code, name, name_en)
join unit u on u.code = 'LS-ZWFW'
on conflict (code) do nothing;

-- 新田县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('XT-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('XT-02', '不动产登记窗口', 'Real estate registration window'),
    ('XT-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('XT-04', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'XT-ZWFW'
on conflict (code) do nothing;

-- 江华瑶族自治县政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('JH-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('JH-02', '不动产登记窗口', 'Real estate registration window'),
    ('JH-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('JH-04', '公安户政窗口', 'Police household registration window'),
    ('JH-05', '工程建设项目审批窗口', 'Construction project approval window')
) as v (code, name, name_en)
join unit u on u.code = 'JH-ZWFW'
on conflict (code) do nothing;

-- 金洞管理区政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('JD-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('JD-02', '不动产登记窗口', 'Real estate registration window'),
    ('JD-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('JD-04', '公安户政窗口', 'Police household registration window')
) as v (code, name, name_en)
join unit u on u.code = 'JD-ZWFW'
on conflict (code) do nothing;

-- 回龙圩管理区政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('HLX-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('HLX-02', '不动产登记窗口', 'Real estate registration window'),
    ('HLX-03', '社保医保窗口', 'Social security and medical insurance window'),
    ('HLX-04', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'HLX-ZWFW'
on conflict (code) do nothing;

-- 永州经济技术开发区政务服务中心
insert into service_window (unit_id, code, name, name_en)
select u.id, v.code, v.name, v.name_en
from (values
    ('JKQ-01', '综合受理窗口 1号', 'Comprehensive acceptance window No. 1'),
    ('JKQ-02', '企业开办窗口', 'Business start-up window'),
    ('JKQ-03', '工程建设项目审批窗口', 'Construction project approval window'),
    ('JKQ-04', '不动产登记窗口', 'Real estate registration window'),
    ('JKQ-05', '税务窗口', 'Tax window')
) as v (code, name, name_en)
join unit u on u.code = 'JKQ-ZWFW'
on conflict (code) do nothing;

-- 5. Unit heads, as a history: one current head (end_date null) per unit, about a third with a
--    predecessor whose term ended the day before the successor's began.
insert into unit_head (unit_id, name, title, start_date, end_date)
select u.id, v.name, v.title, v.start_date::date, v.end_date::date
from (values
    ('CITY-ZWFW', '示例主任甲', '主任', '2016-09-01', '2019-12-31'),
    ('CITY-ZWFW', '示例主任乙', '主任', '2020-01-01', '2023-06-30'),
    ('CITY-ZWFW', '示例主任丙', '主任', '2023-07-01', null),
    ('CITY-GA', '示例局长甲', '局长', '2019-01-01', null),
    ('CITY-CZ', '示例局长甲', '局长', '2020-06-01', null),
    ('CITY-RS', '示例局长甲', '局长', '2019-03-01', '2023-06-30'),
    ('CITY-RS', '示例局长乙', '局长', '2023-07-01', null),
    ('CITY-SJ', '示例局长甲', '局长', '2017-03-01', null),
    ('CITY-GGZY', '示例主任甲', '主任', '2018-01-01', null),
    ('CITY-ZRZY', '示例局长甲', '局长', '2018-01-01', '2021-12-31'),
    ('CITY-ZRZY', '示例局长乙', '局长', '2022-01-01', null),
    ('CITY-ZJ', '示例局长甲', '局长', '2020-06-01', null),
    ('CITY-SCJG', '示例局长甲', '局长', '2021-09-01', null),
    ('CITY-SW', '示例局长甲', '局长', '2020-09-01', '2024-02-29'),
    ('CITY-SW', '示例局长乙', '局长', '2024-03-01', null),
    ('CITY-YB', '示例局长甲', '局长', '2018-01-01', null),
    ('CITY-JW', '示例书记甲', '书记', '2019-01-01', null),
    ('CITY-DCS', '示例主任甲', '主任', '2017-06-01', '2022-05-31'),
    ('CITY-DCS', '示例主任乙', '主任', '2022-06-01', null),
    ('CITY-BDC', '示例主任甲', '主任', '2021-09-01', null),
    ('LL', '示例区长甲', '区长', '2017-03-01', null),
    ('LST', '示例区长甲', '区长', '2019-03-01', '2023-06-30'),
    ('LST', '示例区长乙', '区长', '2023-07-01', null),
    ('QY', '示例市长甲', '市长', '2019-01-01', null),
    ('DA', '示例县长甲', '县长', '2020-06-01', null),
    ('SP', '示例县长甲', '县长', '2018-01-01', '2021-12-31'),
    ('SP', '示例县长乙', '县长', '2022-01-01', null),
    ('DX', '示例县长甲', '县长', '2017-03-01', null),
    ('JY', '示例县长甲', '县长', '2018-01-01', null),
    ('NY', '示例县长甲', '县长', '2020-09-01', '2024-02-29'),
    ('NY', '示例县长乙', '县长', '2024-03-01', null),
    ('LS', '示例县长甲', '县长', '2020-06-01', null),
    ('XT', '示例县长甲', '县长', '2021-09-01', null),
    ('JH', '示例县长甲', '县长', '2017-06-01', '2022-05-31'),
    ('JH', '示例县长乙', '县长', '2022-06-01', null),
    ('JD', '示例主任甲', '主任', '2018-01-01', null),
    ('HLX', '示例主任甲', '主任', '2019-01-01', null),
    ('JKQ', '示例主任甲', '主任', '2019-03-01', '2023-06-30'),
    ('JKQ', '示例主任乙', '主任', '2023-07-01', null),
    ('LL-ZWFW', '示例主任甲', '主任', '2019-03-01', '2024-02-29'),
    ('LL-ZWFW', '示例主任乙', '主任', '2024-03-01', null),
    ('LL-JW', '示例书记甲', '书记', '2017-03-01', null),
    ('LL-GA', '示例局长甲', '局长', '2018-01-01', '2021-12-31'),
    ('LL-GA', '示例局长乙', '局长', '2022-01-01', null),
    ('LL-RS', '示例局长甲', '局长', '2019-01-01', null),
    ('LL-ZRZY', '示例局长甲', '局长', '2020-06-01', null),
    ('LST-ZWFW', '示例主任甲', '主任', '2020-09-01', '2024-02-29'),
    ('LST-ZWFW', '示例主任乙', '主任', '2024-03-01', null),
    ('LST-JW', '示例书记甲', '书记', '2017-03-01', null),
    ('LST-GA', '示例局长甲', '局长', '2018-01-01', null),
    ('LST-RS', '示例局长甲', '局长', '2017-06-01', '2022-05-31'),
    ('LST-RS', '示例局长乙', '局长', '2022-06-01', null),
    ('LST-ZJ', '示例局长甲', '局长', '2020-06-01', null),
    ('QY-ZWFW', '示例主任甲', '主任', '2021-09-01', null),
    ('QY-JW', '示例书记甲', '书记', '2019-03-01', '2023-06-30'),
    ('QY-JW', '示例书记乙', '书记', '2023-07-01', null),
    ('QY-GA', '示例局长甲', '局长', '2018-01-01', null),
    ('QY-RS', '示例局长甲', '局长', '2019-01-01', null),
    ('QY-ZRZY', '示例局长甲', '局长', '2018-01-01', '2021-12-31'),
    ('QY-ZRZY', '示例局长乙', '局长', '2022-01-01', null),
    ('DA-ZWFW', '示例主任甲', '主任', '2021-09-01', null),
    ('DA-JW', '示例书记甲', '书记', '2017-03-01', null),
    ('DA-GA', '示例局长甲', '局长', '2020-09-01', '2024-02-29'),
    ('DA-GA', '示例局长乙', '局长', '2024-03-01', null),
    ('DA-SCJG', '示例局长甲', '局长', '2019-01-01', null),
    ('SP-ZWFW', '示例主任甲', '主任', '2020-06-01', null),
    ('SP-JW', '示例书记甲', '书记', '2017-06-01', '2022-05-31'),
    ('SP-JW', '示例书记乙', '书记', '2022-06-01', null),
    ('SP-GA', '示例局长甲', '局长', '2017-03-01', null),
    ('SP-RS', '示例局长甲', '局长', '2018-01-01', null),
    ('DX-ZWFW', '示例主任甲', '主任', '2019-03-01', '2023-06-30'),
    ('DX-ZWFW', '示例主任乙', '主任', '2023-07-01', null),
    ('DX-JW', '示例书记甲', '书记', '2020-06-01', null),
    ('DX-GA', '示例局长甲', '局长', '2021-09-01', null),
    ('DX-RS', '示例局长甲', '局长', '2018-01-01', '2021-12-31'),
    ('DX-RS', '示例局长乙', '局长', '2022-01-01', null),
    ('DX-YB', '示例局长甲', '局长', '2018-01-01', null),
    ('JY-ZWFW', '示例主任甲', '主任', '2019-01-01', null),
    ('JY-JW', '示例书记甲', '书记', '2020-09-01', '2024-02-29'),
    ('JY-JW', '示例书记乙', '书记', '2024-03-01', null),
    ('JY-GA', '示例局长甲', '局长', '2021-09-01', null),
    ('JY-ZRZY', '示例局长甲', '局长', '2017-03-01', null),
    ('NY-ZWFW', '示例主任甲', '主任', '2017-06-01', '2022-05-31'),
    ('NY-ZWFW', '示例主任乙', '主任', '2022-06-01', null),
    ('NY-JW', '示例书记甲', '书记', '2019-01-01', null),
    ('NY-GA', '示例局长甲', '局长', '2020-06-01', null),
    ('NY-RS', '示例局长甲', '局长', '2019-03-01', '2023-06-30'),
    ('NY-RS', '示例局长乙', '局长', '2023-07-01', null),
    ('NY-SCJG', '示例局长甲', '局长', '2017-03-01', null),
    ('LS-ZWFW', '示例主任甲', '主任', '2018-01-01', null),
    ('LS-JW', '示例书记甲', '书记', '2018-01-01', '2021-12-31'),
    ('LS-JW', '示例书记乙', '书记', '2022-01-01', null),
    ('LS-GA', '示例局长甲', '局长', '2020-06-01', null),
    ('LS-YB', '示例局长甲', '局长', '2021-09-01', null),
    ('XT-ZWFW', '示例主任甲', '主任', '2020-09-01', '2024-02-29'),
    ('XT-ZWFW', '示例主任乙', '主任', '2024-03-01', null),
    ('XT-JW', '示例书记甲', '书记', '2018-01-01', null),
    ('XT-GA', '示例局长甲', '局长', '2019-01-01', null),
    ('XT-ZJ', '示例局长甲', '局长', '2017-06-01', '2022-05-31'),
    ('XT-ZJ', '示例局长乙', '局长', '2022-06-01', null),
    ('JH-ZWFW', '示例主任甲', '主任', '2021-09-01', null),
    ('JH-JW', '示例书记甲', '书记', '2017-03-01', null),
    ('JH-GA', '示例局长甲', '局长', '2019-03-01', '2023-06-30'),
    ('JH-GA', '示例局长乙', '局长', '2023-07-01', null),
    ('JH-RS', '示例局长甲', '局长', '2019-01-01', null),
    ('JH-ZRZY', '示例局长甲', '局长', '2020-06-01', null),
    ('JD-ZWFW', '示例主任甲', '主任', '2018-01-01', '2021-12-31'),
    ('JD-ZWFW', '示例主任乙', '主任', '2022-01-01', null),
    ('JD-JW', '示例书记甲', '书记', '2017-03-01', null),
    ('JD-GA', '示例局长甲', '局长', '2018-01-01', null),
    ('JD-SHSY', '示例局长甲', '局长', '2020-09-01', '2024-02-29'),
    ('JD-SHSY', '示例局长乙', '局长', '2024-03-01', null),
    ('HLX-ZWFW', '示例主任甲', '主任', '2020-06-01', null),
    ('HLX-JW', '示例书记甲', '书记', '2021-09-01', null),
    ('HLX-GA', '示例局长甲', '局长', '2017-06-01', '2022-05-31'),
    ('HLX-GA', '示例局长乙', '局长', '2022-06-01', null),
    ('HLX-SHSY', '示例局长甲', '局长', '2018-01-01', null),
    ('JKQ-ZWFW', '示例主任甲', '主任', '2019-01-01', null),
    ('JKQ-JW', '示例书记甲', '书记', '2019-03-01', '2023-06-30'),
    ('JKQ-JW', '示例书记乙', '书记', '2023-07-01', null),
    ('JKQ-JSGH', '示例局长甲', '局长', '2021-09-01', null),
    ('JKQ-SCJG', '示例局长甲', '局长', '2017-03-01', null)
) as v (unit_code, name, title, start_date, end_date)
join unit u on u.code = v.unit_code
where not exists (select 1 from unit_head h
                  where h.unit_id = u.id and h.name = v.name and h.start_date = v.start_date::date);

-- 6. Window staff: two at each window of the city center and of the Lingling center. A staff member
--    belongs to the unit of the service center whose window they serve.
--    Badge numbers: YZ<window><nn> at the city center, LL<window><nn> in Lingling.
insert into staff (unit_id, window_id, name, badge_no)
select sw.unit_id, sw.id, v.name, v.badge_no
from (values
    ('C-01', '窗口人员01', 'YZ0101'),
    ('C-01', '窗口人员02', 'YZ0102'),
    ('C-02', '窗口人员03', 'YZ0201'),
    ('C-02', '窗口人员04', 'YZ0202'),
    ('C-03', '窗口人员05', 'YZ0301'),
    ('C-03', '窗口人员06', 'YZ0302'),
    ('C-04', '窗口人员07', 'YZ0401'),
    ('C-04', '窗口人员08', 'YZ0402'),
    ('C-05', '窗口人员09', 'YZ0501'),
    ('C-05', '窗口人员10', 'YZ0502'),
    ('C-06', '窗口人员11', 'YZ0601'),
    ('C-06', '窗口人员12', 'YZ0602'),
    ('C-07', '窗口人员13', 'YZ0701'),
    ('C-07', '窗口人员14', 'YZ0702'),
    ('C-08', '窗口人员15', 'YZ0801'),
    ('C-08', '窗口人员16', 'YZ0802'),
    ('LL-01', '窗口人员17', 'LL0101'),
    ('LL-01', '窗口人员18', 'LL0102'),
    ('LL-02', '窗口人员19', 'LL0201'),
    ('LL-02', '窗口人员20', 'LL0202'),
    ('LL-03', '窗口人员21', 'LL0301'),
    ('LL-03', '窗口人员22', 'LL0302'),
    ('LL-04', '窗口人员23', 'LL0401'),
    ('LL-04', '窗口人员24', 'LL0402'),
    ('LL-05', '窗口人员25', 'LL0501'),
    ('LL-05', '窗口人员26', 'LL0502'),
    ('LL-06', '窗口人员27', 'LL0601'),
    ('LL-06', '窗口人员28', 'LL0602')
) as v (window_code, name, badge_no)
join service_window sw on sw.code = v.window_code
where not exists (select 1 from staff s where s.badge_no = v.badge_no and s.name = v.name);

-- The dev sign-in's sample handlers (application.properties, %dev.quarkus.oidc.devservices.roles.*) and the
-- units they work for; the Keycloak demo realm gives the same users a 'unit' claim instead.
insert into handler_unit (user_name, unit_id, created_by)
select 'lingling', id, 'R__sample_directory.sql' from unit where code = 'LL-ZWFW'
on conflict (user_name, unit_id) do nothing;
insert into handler_unit (user_name, unit_id, created_by)
select 'gongan', id, 'R__sample_directory.sql' from unit where code = 'CITY-GA'
on conflict (user_name, unit_id) do nothing;

-- Official mailboxes for chase and escalation mail (V12), on a reserved example domain so nothing leaves a
-- developer's machine for a real address (dev mode catches mail anyway).
update unit set mailbox = lower(code) || '@yongzhou.example.cn' where mailbox is null;
update unit_head h set mailbox = 'head.' || lower(u.code) || '.' || h.id || '@yongzhou.example.cn'
from unit u where u.id = h.unit_id and h.mailbox is null;

-- 7. The bodies that verify for the discipline body (issue 12): the managing offices of the city's and Lingling's
--    service centres. Reports of arrogant service at their windows go there, never to the centre itself; every
--    other unit's go to its area's discipline body until an admin records a verifying body for it.
insert into unit (code, name, name_en, kind, parent_id)
select v.code, v.name, v.name_en, v.kind, p.id
from (values
    ('CITY-ZWGL', '永州市政务服务管理办公室', 'Yongzhou Government Services Administration Office', 'CITY_DEPARTMENT', null),
    ('LL-ZWGL', '零陵区政务服务管理办公室', 'Lingling District Government Services Administration Office', 'CITY_DEPARTMENT', 'LL')
) as v (code, name, name_en, kind, parent_code)
left join unit p on p.code = v.parent_code
where v.parent_code is null or p.id is not null
on conflict (code) do nothing;

update unit c set verifying_body_id = o.id
from unit o
where (c.code, o.code) in (('CITY-ZWFW', 'CITY-ZWGL'), ('LL-ZWFW', 'LL-ZWGL')) and c.verifying_body_id is null;

-- 干部管理权限 (V94): the heads of a county's or district's government and of city-level units are 县处级, managed by
-- the city (市管), so the city's discipline body; the heads of a county's departments and centres by its own.
update unit u set heads_managed_by_id = (select id from unit where code = 'CITY-JW')
where u.heads_managed_by_id is null and u.kind <> 'DISCIPLINE_BODY'
  and (u.parent_id is null or u.kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE'));
update unit u set heads_managed_by_id = b.id
from unit b
where u.heads_managed_by_id is null and u.kind <> 'DISCIPLINE_BODY' and b.kind = 'DISCIPLINE_BODY'
  and b.parent_id = u.parent_id
  and u.parent_id in (select id from unit where kind in ('COUNTY_GOVERNMENT', 'MANAGEMENT_ZONE', 'DEVELOPMENT_ZONE'));

-- The dev sign-in's sample users as others read them on timelines and in the staff header (V85); the Keycloak
-- demo realm gives names in the token instead, stored at sign-in.
insert into staff_account (user_name, display_name, roles, unit_id)
select 'jiwei', '示例检查员甲', 'inspector', id from unit where code = 'CITY-JW'
on conflict (user_name) do nothing;
insert into staff_account (user_name, display_name, roles, unit_id)
select 'lingling', '示例经办人甲', 'handler', id from unit where code = 'LL-ZWFW'
on conflict (user_name) do nothing;
insert into staff_account (user_name, display_name, roles, unit_id)
select 'gongan', '示例经办人乙', 'handler', id from unit where code = 'CITY-GA'
on conflict (user_name) do nothing;
insert into staff_account (user_name, display_name, roles, unit_id)
select 'ducha', '示例督查员甲', 'supervisor', id from unit where code = 'CITY-DCS'
on conflict (user_name) do nothing;
insert into staff_account (user_name, display_name, roles, unit_id)
select 'fenguan', '示例分管领导甲', 'director', id from unit where code = 'CITY-JW'
on conflict (user_name) do nothing;
insert into staff_account (user_name, display_name, roles, unit_id)
select 'admin1', '示例管理员甲', 'admin', id from unit where code = 'CITY-JW'
on conflict (user_name) do nothing;

-- The city's own order of its areas (V86): counties and districts as the city lists them, then the zones.
update unit set list_order = v.n
from (values ('LL', 1), ('LST', 2), ('QY', 3), ('DA', 4), ('SP', 5), ('DX', 6), ('JY', 7), ('NY', 8), ('LS', 9),
             ('XT', 10), ('JH', 11), ('JD', 12), ('HLX', 13), ('JKQ', 14)) as v (code, n)
where unit.code = v.code and unit.list_order is distinct from v.n;
-- The test identity provider's sign-in user (dev and test only), named like the other sample users.
insert into staff_account (user_name, display_name, roles, unit_id)
select 'alice', '示例检查员乙', 'inspector', id from unit where code = 'CITY-JW'
on conflict (user_name) do nothing;
