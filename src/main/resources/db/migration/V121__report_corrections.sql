-- Reclassification (更正): after reading a report an inspector corrects its category, subcategory, accused unit,
-- window or accused; routing and the limits follow the corrected report. Each correction keeps what was there before,
-- what it became, who did it, when and why (the case's timeline says RECLASSIFIED with the reason). The accused's
-- description and the reason are sealed like the report's free text.
create table report_correction (
    id                          bigint generated always as identity primary key,
    report_id                   bigint       not null references report (id),
    corrected_at                timestamptz  not null,
    corrected_by                varchar(100) not null,
    reason_enc                  text         not null,
    old_category                varchar(30)  not null,
    new_category                varchar(30)  not null,
    old_subcategory             varchar(40)  not null,
    new_subcategory             varchar(40)  not null,
    old_unit_id                 bigint       not null references unit (id),
    new_unit_id                 bigint       not null references unit (id),
    old_window_id               bigint references service_window (id),
    new_window_id               bigint references service_window (id),
    old_accused_name            varchar(50),
    new_accused_name            varchar(50),
    old_accused_badge           varchar(30),
    new_accused_badge           varchar(30),
    old_accused_description_enc text,
    new_accused_description_enc text,
    created_at                  timestamptz  not null default now()
);
create index report_correction_report_idx on report_correction (report_id, corrected_at);
