package org.motcua.intake.service.registry;

import java.time.Clock;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.motcua.intake.domain.Registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The national data gateway (once-only): fetches a record from the registry that holds it, with
 * timeouts, a retry and a circuit breaker per registry. It never throws for a registry's trouble: the
 * outcome says what happened, so a dossier is received even when a registry is down.
 */
@ApplicationScoped
public class NationalDataGateway {

    private static final Logger LOG = Logger.getLogger(NationalDataGateway.class);

    private final PopulationRegistryClient population;
    private final CivilStatusRegistryClient civilStatus;
    private final SocialInsuranceRegistryClient socialInsurance;
    private final LandRegistryClient land;
    private final BusinessRegistryClient business;
    private final ObjectMapper json;
    private final Clock clock;

    @SuppressWarnings("java:S107")
    NationalDataGateway(@RestClient PopulationRegistryClient population, @RestClient CivilStatusRegistryClient civilStatus,
            @RestClient SocialInsuranceRegistryClient socialInsurance, @RestClient LandRegistryClient land,
            @RestClient BusinessRegistryClient business, ObjectMapper json, Clock clock) {
        this.population = population;
        this.civilStatus = civilStatus;
        this.socialInsurance = socialInsurance;
        this.land = land;
        this.business = business;
        this.json = json;
        this.clock = clock;
    }

    /** True for the registries the gateway has a client for. */
    public static boolean supports(Registry registry) {
        return switch (registry) {
            case POPULATION, CIVIL_STATUS, SOCIAL_INSURANCE, LAND, BUSINESS -> true;
            default -> false;
        };
    }

    /**
     * Looks up a record: by citizen ID (population, civil status, social insurance), land-use certificate
     * number (land) or tax code (business).
     */
    public RegistryLookup lookUp(Registry registry, String key) {
        return switch (registry) {
            case POPULATION -> call(registry, key, population::lookUp);
            case CIVIL_STATUS -> call(registry, key, civilStatus::lookUp);
            case SOCIAL_INSURANCE -> call(registry, key, socialInsurance::lookUp);
            case LAND -> call(registry, key, land::lookUp);
            case BUSINESS -> call(registry, key, business::lookUp);
            default -> new RegistryLookup(RegistryLookup.Outcome.UNAVAILABLE, null, null, clock.instant(),
                    "chưa kết nối được CSDL " + registry);
        };
    }

    private RegistryLookup call(Registry registry, String key, Function<String, RestResponse<RegistryAnswer>> client) {
        try {
            RestResponse<RegistryAnswer> response = client.apply(key);
            if (response.getStatus() == 404) {
                return new RegistryLookup(RegistryLookup.Outcome.NOT_FOUND, null, null, clock.instant(),
                        "CSDL không có dữ liệu");
            }
            if (response.getStatus() != 200 || response.getEntity() == null) {
                return unavailable(registry, "CSDL trả lời " + response.getStatus());
            }
            RegistryAnswer answer = response.getEntity();
            return new RegistryLookup(RegistryLookup.Outcome.FOUND, answer.reference(),
                    json.writeValueAsString(answer.data()), clock.instant(), null);
        } catch (JsonProcessingException e) {
            return unavailable(registry, "dữ liệu không đọc được");
        } catch (jakarta.ws.rs.WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return new RegistryLookup(RegistryLookup.Outcome.NOT_FOUND, null, null, clock.instant(),
                        "CSDL không có dữ liệu");
            }
            return unavailable(registry, "CSDL trả lời " + (e.getResponse() == null ? "?" : e.getResponse().getStatus()));
        } catch (RuntimeException e) {
            // timeouts, open circuit, 5xx after the retry, connection refused: the registry cannot answer now
            return unavailable(registry, e.getClass().getSimpleName());
        }
    }

    private RegistryLookup unavailable(Registry registry, String reason) {
        LOG.warnf("registry %s unavailable: %s", registry, reason);
        return new RegistryLookup(RegistryLookup.Outcome.UNAVAILABLE, null, null, clock.instant(),
                "CSDL tạm thời không trả lời (" + reason + ")");
    }
}
