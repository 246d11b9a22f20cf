package org.motcua.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.motcua.intake.domain.AdministrativeUnit;
import org.motcua.intake.domain.AdministrativeUnitRepository;
import org.motcua.intake.domain.Applicant;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierCode;
import org.motcua.intake.domain.DossierRepository;
import org.motcua.intake.domain.ProcedureRepository;
import org.motcua.intake.domain.ProcedureVersion;
import org.motcua.intake.publisher.DossierEvents;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.CitizenIds;
import org.motcua.platformkit.time.ProvinceTime;

/**
 * Receives a dossier: checks it against the catalog, gives it its code, stores it and announces
 * {@code DossierSubmitted}, all in one transaction.
 */
@ApplicationScoped
public class SubmitDossierService {

    private final ProcedureRepository procedures;
    private final AdministrativeUnitRepository units;
    private final DossierRepository dossiers;
    private final DossierEvents events;
    private final CitizenIds citizenIds;
    private final Clock clock;

    SubmitDossierService(ProcedureRepository procedures, AdministrativeUnitRepository units, DossierRepository dossiers,
            DossierEvents events, CitizenIds citizenIds, Clock clock) {
        this.procedures = procedures;
        this.units = units;
        this.dossiers = dossiers;
        this.events = events;
        this.citizenIds = citizenIds;
        this.clock = clock;
    }

    /**
     * @param input         the dossier as handed in
     * @param defaultChannel the channel of the caller's kind when the input names none
     * @param allowed       the channels the caller may use
     * @param actor         who submits (for the history)
     */
    @Transactional
    public Dossier submit(NewDossier input, Channel defaultChannel, List<Channel> allowed, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<ProcedureVersion> procedure = procedures.current(input.procedureCode());
        if (procedure.isEmpty()) {
            problems.add(new FieldProblem("procedureCode", "không có thủ tục này trong danh mục"));
        } else if (!procedure.get().receivable()) {
            problems.add(new FieldProblem("procedureCode",
                    "danh mục chưa có thời hạn hoặc thẩm quyền của thủ tục này: chưa thể tiếp nhận"));
        }
        Optional<AdministrativeUnit> unit = units.findByIdOptional(input.receivingUnitCode());
        if (unit.isEmpty()) {
            problems.add(new FieldProblem("receivingUnitCode", "không có đơn vị này trong tỉnh"));
        }
        Channel channel = input.channel() == null ? defaultChannel : Channel.valueOf(input.channel());
        if (!allowed.contains(channel)) {
            problems.add(new FieldProblem("channel", "kênh " + channel + " không dành cho tài khoản này"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException("dossier-refused", "Hồ sơ không thể tiếp nhận", problems);
        }

        Instant now = clock.instant();
        String agency = unit.get().code();
        String code = DossierCode.of(agency, ProvinceTime.localDate(now),
                dossiers.nextSequence(agency, ProvinceTime.localDate(now)));
        String citizenId = input.applicantCitizenId();
        Applicant applicant = new Applicant(input.applicantFullName().trim(),
                citizenId == null ? null : citizenIds.hash(citizenId),
                citizenId == null ? null : CitizenIds.mask(citizenId),
                input.applicantEmail(), input.applicantPhone());
        Dossier.Received received = Dossier.receive(code, procedure.get(), unit.get(), channel, applicant,
                input.externalReference(), now, actor);
        dossiers.persist(received);
        events.submitted(received.dossier(), procedure.get());
        return received.dossier();
    }
}
