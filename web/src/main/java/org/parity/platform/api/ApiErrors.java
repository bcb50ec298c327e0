package org.parity.platform.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.parity.curriculum.application.InvalidPackageException;
import org.parity.platform.InvalidInput;
import org.parity.platform.OutOfTurn;
import org.parity.platform.web.RefusedCommits;

/**
 * Turns what the services refuse into HTTP answers with a JSON body, and never a stack trace: 400
 * for bad input, 401 or 403 for who may not, 409 for a published version or a workflow step out of
 * turn.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Exception> {

  private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

  @Context SecurityContext security;
  @Context HttpServletRequest request;

  @Override
  public Response toResponse(Exception exception) {
    Throwable cause =
        exception instanceof EJBException ejb && ejb.getCause() != null
            ? ejb.getCause()
            : exception;
    if (cause instanceof WebApplicationException web) {
      return json(web.getResponse().getStatus(), Map.of("error", String.valueOf(web.getMessage())));
    }
    if (cause instanceof InvalidPackageException invalid) {
      List<Map<String, Object>> errors =
          invalid.problems().stream()
              .map(
                  p ->
                      Map.<String, Object>of(
                          "file", p.file(), "line", p.line(), "message", p.message()))
              .toList();
      return json(400, Map.of("errors", errors));
    }
    if (cause instanceof InvalidInput invalid) {
      return json(400, Map.of("errors", invalid.fieldErrors()));
    }
    if (cause instanceof EJBAccessException) {
      boolean signedIn = security != null && security.getUserPrincipal() != null;
      return json(
          signedIn ? 403 : 401, Map.of("error", signedIn ? "Not allowed." : "Sign in first."));
    }
    if (cause instanceof OutOfTurn refused) {
      return json(
          409,
          refused.key() == null
              ? Map.of("error", refused.getMessage())
              : Map.of("error", refused.getMessage(), "key", refused.key()));
    }
    if (RefusedCommits.isRefusedCommit(exception)) {
      // Nothing was written; RetryRefusedCommits runs the request again unless it has run enough.
      if (request != null) {
        RefusedCommits.mark(request);
      }
      return json(503, Map.of("error", "Busy at the same moment; nothing was saved. Try again."));
    }
    if (isConcurrentChange(exception)) {
      // Nothing was saved, and what came first is now there to see: run it again (see above).
      if (request != null) {
        RefusedCommits.mark(request);
      }
      return json(
          409,
          Map.of(
              "error",
              "Changed elsewhere at the same moment; nothing was saved. Reload and try again."));
    }
    LOG.log(Level.SEVERE, "API request failed", exception);
    return json(500, Map.of("error", "Something went wrong. Nothing was changed."));
  }

  /**
   * Two requests changed the same thing at once, and this one lost: an optimistic lock, or a unique
   * key the other request has just taken (two tabs finishing a module at the same moment).
   */
  static boolean isConcurrentChange(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      String type = t.getClass().getName();
      if (t instanceof jakarta.persistence.OptimisticLockException
          || type.equals("org.hibernate.StaleObjectStateException")
          || type.equals("org.hibernate.exception.ConstraintViolationException")) {
        return true;
      }
    }
    return false;
  }

  private static Response json(int status, Object body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
  }
}
