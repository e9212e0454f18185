-- The order in which the city lists its counties, districts and zones (零陵区, 冷水滩区, 祁阳市, 东安县 …), so every
-- page lists areas the same way and never by internal code. Units without one come after, by code.
alter table unit add column list_order integer;
