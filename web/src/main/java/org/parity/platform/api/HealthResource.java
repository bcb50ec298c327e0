package org.parity.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.platform.health.HealthReport;
import org.parity.platform.health.Readiness;

/**
 * {@code GET /api/v1/health}: UP when Parity is ready (its database, migrations and search backend,
 * as {@code /health/ready} checks them); 503 otherwise.
 */
@Path("/health")
@Tag(name = "Health", description = "Whether Parity and its database are up.")
public class HealthResource {

  @Inject Readiness readiness;

  /** UP or DOWN, for Parity and for its database. */
  public record HealthStatus(String status, DatabaseStatus database) {}

  /** UP or DOWN. */
  public record DatabaseStatus(String status) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Whether Parity and its database are up")
  @APIResponse(
      responseCode = "200",
      description = "Up",
      content = @Content(schema = @Schema(implementation = HealthStatus.class)))
  @APIResponse(
      responseCode = "503",
      description = "Down: the database, the migrations or the search backend are not ready",
      content = @Content(schema = @Schema(implementation = HealthStatus.class)))
  public Response health() {
    HealthReport report = readiness.check();
    boolean databaseUp =
        report.checks().stream().anyMatch(c -> c.name().equals("database") && c.up());
    return Response.status(
            report.ready() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(
            new HealthStatus(
                report.ready() ? "UP" : "DOWN", new DatabaseStatus(databaseUp ? "UP" : "DOWN")))
        .build();
  }
}
