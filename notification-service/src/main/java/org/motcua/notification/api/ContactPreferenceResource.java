package org.motcua.notification.api;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.motcua.notification.service.channel.Channel;
import org.motcua.notification.service.channel.PhoneNumbers;
import org.motcua.notification.service.delivery.ContactPreferences.Source;
import org.motcua.notification.service.delivery.ContactPreferences;
import org.motcua.platformkit.problem.FieldProblem;
import org.motcua.platformkit.problem.InvalidInputException;
import org.motcua.platformkit.problem.RuleViolationException;
import org.motcua.platformkit.security.Caller;
import org.motcua.platformkit.security.Roles;

import io.smallrye.common.annotation.Blocking;

/**
 * A person's choice of channels (or none: opt-out), per address, set at the desk or by the national portal.
 * Addresses travel in the body, never in the URL (they would end in access logs).
 */
@Path("/api/v1/contact-preferences")
@Tag(name = "Lựa chọn nhận thông báo", description = "Kênh người dân muốn nhận thông báo, hoặc từ chối nhận")
@Blocking
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ContactPreferenceResource {

    private final ContactPreferences preferences;
    private final Caller caller;

    ContactPreferenceResource(ContactPreferences preferences, Caller caller) {
        this.preferences = preferences;
        this.caller = caller;
    }

    @POST
    @Path("/lookup")
    @RolesAllowed({ Roles.CLERK, Roles.OFFICER, Roles.LEADER, Roles.PROVINCE_ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Các kênh nhận thông báo của một địa chỉ email / số điện thoại")
    public List<ContactChoiceView> lookup(@NotNull @Valid ContactRequest contact) {
        check(contact);
        return preferences.choicesOf(contact.email(), contact.phone()).stream()
                .map(c -> new ContactChoiceView(c.channel().name(), c.wanted(), c.chosen())).toList();
    }

    @PUT
    @RolesAllowed({ Roles.CLERK, Roles.PROVINCE_ADMIN, Roles.INTEGRATION })
    @Operation(summary = "Ghi lựa chọn kênh nhận thông báo (hoặc từ chối nhận) của người dân")
    public List<ContactChoiceView> choose(@NotNull @Valid ContactChoicesRequest choices) {
        check(choices.contact());
        Map<Channel, Boolean> channels = new EnumMap<>(Channel.class);
        channels.putAll(choices.channels());
        for (Channel channel : channels.keySet()) {
            boolean hasAddress = channel.byPhone() ? choices.contact().phone() != null : choices.contact().email() != null;
            if (!hasAddress) {
                throw new RuleViolationException("no-address-for-channel", "Kênh " + channel + " cần "
                        + (channel.byPhone() ? "số điện thoại" : "địa chỉ email"),
                        List.of(new FieldProblem("channels." + channel, "thiếu địa chỉ cho kênh này")));
            }
        }
        preferences.choose(choices.contact().email(), choices.contact().phone(), channels,
                caller.hasRole(Roles.INTEGRATION) ? Source.PORTAL : Source.DESK, caller.name());
        return lookup(choices.contact());
    }

    private static void check(ContactRequest contact) {
        if (contact.email() == null && contact.phone() == null) {
            throw new InvalidInputException("missing-contact", "Cần địa chỉ email hoặc số điện thoại",
                    List.of(new FieldProblem("contact", "email hoặc phone")));
        }
        if (contact.phone() != null && PhoneNumbers.national(contact.phone()) == null) {
            throw new InvalidInputException("bad-phone", "Số điện thoại không hợp lệ",
                    List.of(new FieldProblem("contact.phone", "10 chữ số, bắt đầu bằng 0 (hoặc +84)")));
        }
    }
}
