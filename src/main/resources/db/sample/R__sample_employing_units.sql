-- Window staff of 零陵区政务服务中心 employed by the district's departments (the directory's employing unit): the
-- social-security window by 人社局, the police household window by 公安分局 (two heads: 甲 to 2021-12-31, 乙 from 2022).
update staff s set employing_unit_id = u.id
from service_window w, unit u
where s.window_id = w.id and w.code = 'LL-04' and u.code = 'LL-RS';
update staff s set employing_unit_id = u.id
from service_window w, unit u
where s.window_id = w.id and w.code = 'LL-05' and u.code = 'LL-GA';
