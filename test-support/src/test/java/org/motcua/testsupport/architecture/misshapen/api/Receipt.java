package org.motcua.testsupport.architecture.misshapen.api;

/** An answer that is neither a request nor a view by name (forbidden). */
public record Receipt(String code) {
}
