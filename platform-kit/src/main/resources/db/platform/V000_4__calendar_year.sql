-- The public sector's official calendars loaded while the platform runs (a year's government notice: days off and
-- Saturdays worked in exchange), over the calendar data shipped with it. Every service that counts deadlines keeps
-- the years it was told of, so that it counts on them after a restart too (platform-kit OfficialCalendars).
CREATE TABLE calendar_year (
    year                integer      PRIMARY KEY,
    notice              varchar(300) NOT NULL,   -- the notice, e.g. 'TB 9441/TB-BNV ngày 16/10/2025'
    days_off            date[]       NOT NULL,
    extra_working_days  date[]       NOT NULL,
    loaded_at           timestamptz  NOT NULL,
    loaded_by           varchar(200) NOT NULL
);
