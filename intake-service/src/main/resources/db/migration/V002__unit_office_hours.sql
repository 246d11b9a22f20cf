-- A unit's own office hours (two sessions and the same-day cut-off), set by a province-admin.
-- All null: the public sector's 08:00–12:00, 13:00–17:00 with the 15:00 cut-off.
ALTER TABLE administrative_unit
    ADD COLUMN morning_start    time,
    ADD COLUMN morning_end      time,
    ADD COLUMN afternoon_start  time,
    ADD COLUMN afternoon_end    time,
    ADD COLUMN same_day_cut_off time,
    ADD CONSTRAINT office_hours_all_or_none CHECK (
        num_nulls(morning_start, morning_end, afternoon_start, afternoon_end, same_day_cut_off) IN (0, 5));
