package org.motcua.intake.service.registry;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/** Turns a registry's 5xx into {@link RegistryUnavailableException}; a 404 is an answer ("no record"). */
public class ServerErrorMapper implements ResponseExceptionMapper<RegistryUnavailableException> {

    @Override
    public RegistryUnavailableException toThrowable(Response response) {
        return new RegistryUnavailableException("registry answered " + response.getStatus());
    }

    @Override
    public boolean handles(int status, MultivaluedMap<String, Object> headers) {
        return status >= 500;
    }
}
