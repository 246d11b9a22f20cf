package org.motcua.intake;

import org.motcua.testsupport.architecture.ServiceArchitecture;

/** The one shape of every service (test-support's ServiceArchitecture). */
class ArchitectureTest extends ServiceArchitecture {

    ArchitectureTest() {
        super("org.motcua.intake");
    }
}
