package org.parity.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Parity's REST API, versioned in the address. */
@ApplicationPath("/api/v1")
public class ParityApi extends Application {}
