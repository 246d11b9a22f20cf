package org.motcua.notification.service.alert;

import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.domain.Notification;
import org.motcua.notification.domain.alert.StaffRecipient;
import org.motcua.notification.service.delivery.NotificationWriter;
import org.motcua.notification.service.template.TemplateKind;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Intake counts appointments on a year whose official calendar is not loaded: one alert to the province (the
 * admins' stream) and a message to the provincial office's recipients, asking them to load the notice.
 */
@ApplicationScoped
public class CalendarNoticeAlert {

    private final StaffAlerts alerts;
    private final StaffRecipientService recipients;
    private final NotificationWriter writer;

    CalendarNoticeAlert(StaffAlerts alerts, StaffRecipientService recipients, NotificationWriter writer) {
        this.alerts = alerts;
        this.recipients = recipients;
        this.writer = writer;
    }

    public void needed(String eventId, int year, String firstDossierCode, Instant neededAt) {
        alerts.calendarNotice(eventId, "Chưa có lịch nghỉ lễ chính thức năm " + year + ": ngày hẹn của hồ sơ "
                + firstDossierCode + " và các hồ sơ sau đang được tạm tính; đề nghị nạp thông báo lịch năm " + year);
        Map<String, String> values = Map.of("year", String.valueOf(year), "firstDossierCode", firstDossierCode,
                "neededAt", ProvinceTime.forPeople(neededAt));
        for (NotificationWriter.Person person : recipients.about(StaffRecipient.PROVINCE, false)) {
            writer.write(new Notification.About(null, null, StaffRecipient.PROVINCE, eventId, "calendar-notice",
                    TemplateKind.CALENDAR_NOTICE.name()), person, TemplateKind.CALENDAR_NOTICE, values);
        }
    }
}
