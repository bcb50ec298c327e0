package org.parity.identity.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in is Jakarta Security's custom form mechanism: the /login page hands the credentials to
 * {@link AccountIdentityStore}; a page that needs a signed-in person sends the browser to /login
 * first.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(loginPage = "/login", useForwardToLogin = false, errorPage = ""))
@DeclareRoles({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class SecurityConfiguration {}
