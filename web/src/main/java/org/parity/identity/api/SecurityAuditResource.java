package org.parity.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.parity.identity.application.SecurityAudit;

/** The security log as CSV, with the page's filters: {@code /api/v1/admin/audit.csv} (ADMIN). */
@Path("admin")
public class SecurityAuditResource {

  @Inject SecurityAudit audit;

  @GET
  @Path("audit.csv")
  @Produces("text/csv")
  public Response csv(
      @QueryParam("kind") String kind,
      @QueryParam("q") String text,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return Response.ok(audit.csv(new SecurityAudit.Query(kind, text, from, to)))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"parity-security-log.csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
