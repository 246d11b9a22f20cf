package org.motcua.ui;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the browser app signs its users in: the local demo users, or the province's OIDC provider. */
@ConfigMapping(prefix = "motcua.ui")
public interface UiSettings {

    /** {@code demo}: the local gateway mints a token for a chosen unit and role; {@code oidc}: authorization code + PKCE. */
    @WithDefault("oidc")
    SignIn signIn();

    /** The OIDC provider, when {@link #signIn()} is {@code oidc}. */
    Oidc oidc();

    /** The sign-in modes. */
    enum SignIn {
        demo, oidc
    }

    /** The province's OIDC provider as the browser app (a public client) uses it. */
    interface Oidc {
        /** The issuer (realm) URL; its {@code .well-known/openid-configuration} names the endpoints. */
        Optional<String> issuer();

        @WithDefault("motcua-clerk-ui")
        String clientId();

        @WithDefault("openid")
        String scope();
    }
}
