package org.parity.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.identity.application.SecurityAudit;

/** The security log as CSV, with the page's filters: {@code /api/v1/admin/audit.csv} (ADMIN). */
@Path("admin")
@Tag(
    name = "Administration",
    description = "Accounts, the security log and the search index (administrators).")
public class SecurityAuditResource {

  @Inject SecurityAudit audit;

  @GET
  @Path("audit.csv")
  @Produces("text/csv")
  @Operation(summary = "Download the security log as CSV (administrators)")
  @APIResponse(
      responseCode = "200",
      description = "One row an event, newest first, at most 50,000",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @Parameter(description = "Only events of this kind, e.g. SIGN_IN_FAILED") @QueryParam("kind")
          String kind,
      @Parameter(description = "Text to find in who acted, or in the account or address")
          @QueryParam("q")
          String text,
      @Parameter(description = "First day, yyyy-mm-dd") @QueryParam("from") String from,
      @Parameter(description = "Last day (included), yyyy-mm-dd") @QueryParam("to") String to) {
    return Response.ok(audit.csv(new SecurityAudit.Query(kind, text, from, to)))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"parity-security-log.csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
