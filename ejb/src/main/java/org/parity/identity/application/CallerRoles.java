package org.parity.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/**
 * The container's view of the caller's roles, for {@link Caller} alone: a session bean, so that it
 * sees the calling service's identity (including a run-as role).
 */
@Stateless
@PermitAll
@DeclareRoles({"LEARNER", "MEMBER", "FACILITATOR", "EDITOR", "PUBLISHER", "ADMIN"})
public class CallerRoles {

  @Resource SessionContext context;

  public boolean isInRole(String role) {
    return context.isCallerInRole(role);
  }
}
