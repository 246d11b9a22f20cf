package org.motcua.testsupport.architecture.misshapen.service;

import io.smallrye.config.ConfigMapping;

/** A configuration mapping outside the config layer (forbidden). */
@ConfigMapping(prefix = "misshapen")
public interface NumberingSettings {

    int start();
}
