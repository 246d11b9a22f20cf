package org.motcua.platformkit.security;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

/** Every service's command to encrypt its personal data again with the current key (docs/security.md). */
@Path("/api/v1/personal-data/rotation")
@Tag(name = "Dữ liệu cá nhân", description = "Dữ liệu cá nhân của người nộp: mã hóa khi lưu trữ, trích xuất theo yêu cầu")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PROVINCE_ADMIN)
@Blocking
public class PersonalDataResource {

    private final PersonalDataRotation rotation;

    PersonalDataResource(PersonalDataRotation rotation) {
        this.rotation = rotation;
    }

    /** What a rotation did: the key now current, and the rows of each table encrypted again. */
    public record RotationView(String currentKey, List<PersonalDataRotation.Rotated> tables) {
    }

    @POST
    @Operation(summary = "Mã hóa lại dữ liệu cá nhân bằng khóa hiện hành (sau khi tỉnh thêm khóa mới), theo lô;"
            + " chạy lại bất cứ lúc nào để xử lý phần còn lại")
    public RotationView rotate() {
        return new RotationView(rotation.currentKeyId(), rotation.rotate());
    }
}
