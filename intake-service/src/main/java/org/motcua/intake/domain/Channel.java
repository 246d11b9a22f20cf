package org.motcua.intake.domain;

/** How a dossier reached the province: at a one-stop desk, online through the national portal, by post. */
public enum Channel {
    COUNTER, ONLINE, POSTAL
}
