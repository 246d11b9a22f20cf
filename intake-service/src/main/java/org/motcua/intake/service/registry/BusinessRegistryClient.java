package org.motcua.intake.service.registry;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestResponse;

/** REST client of the national đăng ký doanh nghiệp database, through the data-sharing gateway. */
@RegisterRestClient(configKey = "business-registry")
@RegisterProvider(ServerErrorMapper.class)
@ClientHeaderParam(name = "X-Api-Key", value = "${motcua.registries.api-key}")
@Path("/business/v1")
public interface BusinessRegistryClient {

    @GET
    @Path("/enterprises/{key}")
    @Timeout(2000)
    @Retry(maxRetries = 1, delay = 200, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 10000, successThreshold = 2,
            skipOn = jakarta.ws.rs.WebApplicationException.class)
    RestResponse<RegistryAnswer> lookUp(@PathParam("key") String key);
}
