package org.parity.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * Switches Jakarta Security on in the service test archives, as Parity's web module does in the
 * EAR, so that its beans (the PBKDF2 password hash) are there. No page of these archives is
 * protected.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "parity-tests")
public class TestArchiveSecurity {}
