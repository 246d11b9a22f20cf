package org.motcua.testsupport.architecture.misshapen.gateway;

/** An adapter in a layer of its own instead of a sub-package of a layer (forbidden). */
public class RegistryClient {
}
