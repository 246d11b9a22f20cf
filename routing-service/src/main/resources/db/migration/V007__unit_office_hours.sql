-- A unit's own office hours, as intake announces them (OfficeHoursChanged): forecasts, apologies and new
-- appointments of work at the unit count in them. All null: the public sector's 08:00–12:00, 13:00–17:00.
ALTER TABLE processing_unit
    ADD COLUMN morning_start    time,
    ADD COLUMN morning_end      time,
    ADD COLUMN afternoon_start  time,
    ADD COLUMN afternoon_end    time,
    ADD COLUMN same_day_cut_off time,
    ADD CONSTRAINT office_hours_all_or_none CHECK (
        num_nulls(morning_start, morning_end, afternoon_start, afternoon_end, same_day_cut_off) IN (0, 5));
