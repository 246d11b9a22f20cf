package org.motcua.intake.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.intake.domain.Channel;
import org.motcua.intake.domain.Dossier;
import org.motcua.intake.domain.DossierStatusChange;
import org.motcua.intake.service.DossierQueryService;
import org.motcua.intake.service.NewDossier;
import org.motcua.intake.service.PaperService;
import org.motcua.intake.service.SubmitDossierService;
import org.motcua.intake.service.SupplementDossierService;
import org.motcua.intake.service.WithdrawDossierService;
import org.motcua.platformkit.deadline.LegalTime;
import org.motcua.platformkit.deadline.LegalTimeUnit;
import org.motcua.platformkit.data.Digests;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.PersonalDataReads;
import org.motcua.platformkit.security.Roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Submission, reading, supplementation, withdrawal and the papers of dossiers. */
@Path("/api/v1/dossiers")
@Tag(name = "Hồ sơ", description = "Tiếp nhận, bổ sung, dừng giải quyết và tra cứu hồ sơ")
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private static final String PDF = "application/pdf";
    /** How a dossier is named in a not-found answer: the same whether it does not exist or is another unit's. */
    private static final String DOSSIER = "Hồ sơ";

    private final SubmitDossierService submitService;
    private final SupplementDossierService supplementService;
    private final WithdrawDossierService withdrawService;
    private final DossierQueryService queries;
    private final PaperService papers;
    private final Caller caller;
    private final PersonalDataReads reads;
    private final ObjectMapper json;

    @SuppressWarnings("java:S107")
    DossierResource(SubmitDossierService submitService, SupplementDossierService supplementService,
            WithdrawDossierService withdrawService, DossierQueryService queries, PaperService papers, Caller caller,
            PersonalDataReads reads, ObjectMapper json) {
        this.submitService = submitService;
        this.supplementService = supplementService;
        this.withdrawService = withdrawService;
        this.queries = queries;
        this.papers = papers;
        this.caller = caller;
        this.reads = reads;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.INTEGRATION })
    @Operation(summary = "Tiếp nhận hồ sơ (quầy một cửa, Cổng DVCQG, bưu chính); giấy tờ có trong CSDL quốc gia"
            + " được lấy tự động, không yêu cầu nộp")
    public Response submit(@NotNull @Valid SubmitDossierRequest request,
            @Parameter(description = "Khóa chống gửi trùng: cùng khóa và nội dung trả về cùng hồ sơ")
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[A-Za-z0-9._:\\-]{1,200}",
                    message = "tối đa 200 ký tự chữ, số, . _ : -") String idempotencyKey) {
        caller.requireUnit(request.receivingUnitCode());
        boolean desk = caller.hasRole(Roles.CLERK) && !caller.hasRole(Roles.INTEGRATION);
        List<Channel> allowed = desk ? List.of(Channel.COUNTER, Channel.POSTAL) : systemChannels();
        SubmitDossierService.Caller who = new SubmitDossierService.Caller(caller.name(),
                allowed.isEmpty() ? Channel.ONLINE : allowed.get(0), allowed);
        var applicant = request.applicant();
        NewDossier input = new NewDossier(request.procedureCode(), request.receivingUnitCode(), request.channel(),
                applicant.fullName(), applicant.citizenId(), applicant.email(), applicant.phone(),
                request.externalReference(), request.residenceUnitCode(),
                request.land() == null ? null : request.land().certificateNumber(),
                request.business() == null ? null : request.business().taxCode(),
                request.documents().stream().map(d -> new NewDossier.HandedIn(d.name(), d.pageCount())).toList(),
                request.receivedAt(), request.legalTime() == null ? null : new LegalTime(request.legalTime().amount(),
                        LegalTimeUnit.valueOf(request.legalTime().unit())), request.legalTimeBasis());
        SubmitDossierService.Submitted submitted = submitService.submit(input, who, idempotencyKey,
                idempotencyKey == null ? null : hash(request));
        return Response.created(URI.create("/api/v1/dossiers/" + submitted.dossier().id()))
                .entity(view(submitted.dossier(), submitted.history()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Xem một hồ sơ đã tiếp nhận")
    public DossierView get(@PathParam("id") UUID id) {
        Dossier dossier = queries.get(id);
        caller.requireVisible(DOSSIER, id, dossier.unitsConcerned());
        DossierView view = view(dossier, queries.history(id));
        if (caller.seesPersonalData()) {
            reads.record(id); // the applicant in clear: on the audit log
        }
        return view;
    }

    @POST
    @Path("/{id}/supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.INTEGRATION })
    @Operation(summary = "Người nộp bổ sung hồ sơ; thời hạn tiếp tục tính")
    public DossierView supplement(@PathParam("id") UUID id, @NotNull @Valid SupplementRequest request) {
        atReceivingDesk(id); // papers are handed in at the receiving desk
        Dossier dossier = supplementService.supplement(id,
                request.documents().stream().map(SubmitDossierRequest.DocumentRequest::name).toList(), request.note(),
                caller.name());
        return view(queries.get(dossier.id()), queries.history(id));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CLERK, Roles.INTEGRATION })
    @Operation(summary = "Dừng giải quyết theo đề nghị của người nộp (Mẫu 05)")
    public DossierView withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawRequest request) {
        atReceivingDesk(id); // the applicant asks at the receiving desk
        withdrawService.withdraw(id, request.reason(), caller.name());
        return view(queries.get(id), queries.history(id));
    }

    @GET
    @Path("/{id}/receipt")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), PDF có mã QR")
    public Response receipt(@PathParam("id") UUID id) {
        Dossier dossier = papers.dossier(id);
        caller.requireVisible(DOSSIER, id, dossier.unitsConcerned());
        var paper = papers.receipt(id);
        reads.record(id); // the paper names the applicant, whoever reads it
        return pdf(paper, "giay-tiep-nhan-" + dossier.code() + ".pdf");
    }

    @GET
    @Path("/{id}/withdrawal-notice")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Thông báo dừng giải quyết hồ sơ (Mẫu 05), PDF")
    public Response withdrawalNotice(@PathParam("id") UUID id) {
        Dossier dossier = papers.dossier(id);
        caller.requireVisible(DOSSIER, id, dossier.unitsConcerned());
        var paper = papers.withdrawalNotice(id);
        reads.record(id); // the paper names the applicant, whoever reads it
        return pdf(paper, "thong-bao-dung-" + dossier.code() + ".pdf");
    }

    @GET
    @Path("/{id}/apology-letter")
    @Produces({ PDF, MediaType.APPLICATION_JSON })
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION })
    @Operation(summary = "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04) của đơn vị xử lý, PDF")
    public Response apologyLetter(@PathParam("id") UUID id) {
        Dossier dossier = papers.dossier(id);
        caller.requireVisible(DOSSIER, id, dossier.unitsConcerned());
        var paper = papers.apologyLetter(id);
        reads.record(id); // the paper names the applicant, whoever reads it
        return pdf(paper, "phieu-xin-loi-" + dossier.code() + ".pdf");
    }

    /** The dossier's units see it (404 for others); only its receiving desk acts on it at the desk (403). */
    private void atReceivingDesk(UUID id) {
        Dossier dossier = queries.get(id);
        caller.requireVisible(DOSSIER, id, dossier.unitsConcerned());
        caller.requireUnit(dossier.receivingUnitCode());
    }

    private static Response pdf(byte[] content, String fileName) {
        return Response.ok(content, PDF).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").build();
    }

    /** The request's fingerprint for the idempotency check (records serialise in declaration order). */
    private String hash(SubmitDossierRequest request) {
        try {
            return Digests.sha256Hex(json.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The dossier as the caller sees it, with the desk's steps the caller may take now. */
    private DossierView view(Dossier dossier, List<DossierStatusChange> history) {
        boolean desk = (caller.hasRole(Roles.CLERK) || caller.hasRole(Roles.INTEGRATION))
                && caller.mayActFor(dossier.receivingUnitCode());
        return DossierView.of(dossier, history, desk && dossier.open() ? List.of("SUPPLEMENT", "WITHDRAW") : List.of(),
                caller.seesPersonalData());
    }

    /**
     * The channels an integrating system submits through: those of ONLINE and POSTAL its token names (the national
     * portal ONLINE, the postal service POSTAL), or both when its token has no {@code channels} claim.
     */
    private List<Channel> systemChannels() {
        List<String> named = caller.channels();
        return Stream.of(Channel.ONLINE, Channel.POSTAL)
                .filter(channel -> named.isEmpty() || named.contains(channel.name())).toList();
    }
}
