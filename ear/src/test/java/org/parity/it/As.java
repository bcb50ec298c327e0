package org.parity.it;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Calls Parity's services as a signed-in person: the account's address as the caller's name and its
 * roles, as the web module's sign-in would establish them, so that the services' own checks decide.
 */
public final class As {

  private As() {}

  public static <T> T call(String email, Set<String> roles, Callable<T> work) throws Exception {
    SecurityIdentity person =
        SecurityDomain.getCurrent()
            .createAdHocIdentity(email)
            .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
    try {
      return person.runAs((PrivilegedExceptionAction<T>) work::call);
    } catch (PrivilegedActionException e) {
      throw e.getException();
    }
  }

  public static void run(String email, Set<String> roles, Step step) throws Exception {
    call(
        email,
        roles,
        () -> {
          step.run();
          return null;
        });
  }

  /** A service call that answers nothing. */
  public interface Step {
    void run() throws Exception;
  }
}
