package org.parity.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.security.Principal;
import java.util.Optional;

/**
 * The container's view of the caller, for {@link Caller} alone: a session bean, so that it sees the
 * calling service's identity (including a run-as role).
 */
@Stateless
@PermitAll
@DeclareRoles({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class CallerPrincipal {

  private static final String ANONYMOUS = "anonymous";

  @Resource SessionContext context;

  public Optional<String> name() {
    Principal principal = context.getCallerPrincipal();
    return principal == null || ANONYMOUS.equals(principal.getName())
        ? Optional.empty()
        : Optional.of(principal.getName());
  }

  public boolean isInRole(String role) {
    return context.isCallerInRole(role);
  }
}
