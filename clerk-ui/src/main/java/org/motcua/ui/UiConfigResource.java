package org.motcua.ui;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** What the browser app needs to know before anyone signs in: how to sign in. */
@Path("/ui-config.json")
public class UiConfigResource {

    private final UiSettings settings;

    UiConfigResource(UiSettings settings) {
        this.settings = settings;
    }

    /** The sign-in mode and, for OIDC, the provider and the app's client id. */
    public record UiConfigView(String signIn, String issuer, String clientId, String scope) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public UiConfigView config() {
        UiSettings.Oidc oidc = settings.oidc();
        return new UiConfigView(settings.signIn().name(), oidc.issuer().orElse(null), oidc.clientId(), oidc.scope());
    }
}
