package org.parity.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles Parity knows. Sign-in itself is {@link SessionAuthentication}: the /login page hands
 * the credentials to {@link AccountIdentityStore}; a page that needs a signed-in person sends the
 * browser to /login first.
 */
@ApplicationScoped
@DeclareRoles({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class SecurityConfiguration {}
