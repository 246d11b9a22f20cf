package org.motcua.routing.api;

import java.util.List;

import org.motcua.routing.service.StaffingService;

/** A unit's staffing, the reinforcements not yet ended and what waits there. */
public record UnitStaffingView(UnitView unit, List<FieldStaffView> staffing, List<ReinforcementView> reinforcements,
        List<LoadView> load) {

    static UnitStaffingView of(StaffingService.UnitStaffingPicture p) {
        return new UnitStaffingView(UnitView.of(p.unit()), p.staffing().stream().map(FieldStaffView::of).toList(),
                p.reinforcements().stream().map(ReinforcementView::of).toList(),
                p.loads().stream().map(LoadView::of).toList());
    }
}
