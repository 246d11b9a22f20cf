package org.motcua.platformkit.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import org.motcua.platformkit.problem.ResourceNotFoundException;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling: the roles and the units of the bearer token. Clerks, officers and leaders act for the
 * units in their {@code unit} claim; province-admins, auditors and integrating systems act for the whole
 * province. {@link #requireUnit(String...)} is the one way a resource demands "a unit the caller belongs to" (403: for
 * a unit, which is public); {@link #requireVisible(String, Object, String...)} the one way an object of other units
 * is hidden (404: a dossier, a document, a notification, a timeline).
 */
@RequestScoped
public class Caller {

    /** Token claim with the caller's unit code (a string, or an array for staff serving several units). */
    public static final String UNIT_CLAIM = "unit";
    /** Token claim of an integrating system: the submission channels it may use (absent: those of its role). */
    public static final String CHANNELS_CLAIM = "channels";
    private static final List<String> STAFF_ROLES = List.of(Roles.CLERK, Roles.OFFICER, Roles.LEADER,
            Roles.PROVINCE_ADMIN);
    private static final Set<String> PROVINCE_ROLES = Set.of(Roles.PROVINCE_ADMIN, Roles.AUDITOR, Roles.INTEGRATION);

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    Caller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    /** The subject of the token (a staff account or a system), for audit and history rows. */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * Whether the caller's work needs applicants' personal data in full: the staff who serve them (clerk, officer,
     * leader) and the province's administrator. An auditor or an integrating system sees it masked
     * ({@link PersonalDataMask}).
     */
    public boolean seesPersonalData() {
        return STAFF_ROLES.stream().anyMatch(identity::hasRole);
    }

    /** True for roles that see and act for the whole province. */
    public boolean hasProvinceScope() {
        return PROVINCE_ROLES.stream().anyMatch(identity::hasRole);
    }

    /** The unit codes of the token's {@code unit} claim. */
    public List<String> units() {
        return listClaim(UNIT_CLAIM);
    }

    /** The channels of the token's {@code channels} claim; empty when it has none. */
    public List<String> channels() {
        return listClaim(CHANNELS_CLAIM);
    }

    private List<String> listClaim(String name) {
        Object claim = token.getClaim(name);
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(Caller::unquote).toList();
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(Object::toString).map(Caller::unquote).toList();
        }
        return List.of(unquote(claim));
    }

    /** True if the caller may act for at least one of the given units. */
    public boolean mayActFor(String... unitCodes) {
        if (hasProvinceScope()) {
            return true;
        }
        if (unitCodes == null) {
            return false; // requireUnit(null): the whole province, province roles only
        }
        List<String> mine = units();
        return Arrays.stream(unitCodes).filter(Objects::nonNull).anyMatch(mine::contains);
    }

    /**
     * Refuses (403) unless the caller has province scope or belongs to one of the units.
     */
    public void requireUnit(String... unitCodes) {
        if (!mayActFor(unitCodes)) {
            throw new ForbiddenException("Bạn không thuộc đơn vị được phép thao tác trên hồ sơ này");
        }
    }

    /**
     * Answers 404 — the very answer for an object that does not exist — unless the caller has province scope or
     * belongs to one of the units: staff of another unit cannot even learn that the object exists.
     *
     * @param what the object's name in the answer ("Hồ sơ", "Tài liệu"), as its own not-found answer names it
     */
    public void requireVisible(String what, Object id, String... unitCodes) {
        if (!mayActFor(unitCodes)) {
            throw new ResourceNotFoundException(what, id);
        }
    }

    private static String unquote(Object value) {
        String text = value.toString();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
