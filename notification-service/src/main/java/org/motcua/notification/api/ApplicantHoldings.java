package org.motcua.notification.api;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.motcua.notification.service.NotificationQueryService;
import org.motcua.platformkit.api.PageView;
import org.motcua.platformkit.security.PersonalDataReads;
import org.motcua.platformkit.security.SubjectExport;

/**
 * Notification's part of a data subject's export: every message sent (or kept unsent) to the person about any of
 * their dossiers, with its address and text in clear and its tries. Each dossier's messages read are on the audit log.
 */
@ApplicationScoped
public class ApplicantHoldings implements SubjectExport {

    /** More than a person receives over years of procedures; the answer says when there were more. */
    static final int MAX_MESSAGES = 2_000;

    private final NotificationQueryService queries;
    private final PersonalDataReads reads;

    ApplicantHoldings(NotificationQueryService queries, PersonalDataReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @Override
    public ApplicantHoldingsView holdingsOf(String applicantReference) {
        PageView<NotificationView> messages = queries.toApplicant(applicantReference, MAX_MESSAGES)
                .map(d -> NotificationView.of(d, NotificationView.Shown.IN_FULL));
        reads.record(messages.items().stream().map(NotificationView::dossierId).filter(Objects::nonNull).toList());
        return new ApplicantHoldingsView(messages.items(), messages.total() > MAX_MESSAGES);
    }
}
