package org.parity.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.parity.platform.Health;

/** {@code GET /api/v1/health}: UP when Parity and its database answer; 503 otherwise. */
@Path("/health")
public class HealthResource {

  @Inject Health health;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    boolean databaseUp = health.databaseAnswers();
    String status = databaseUp ? "UP" : "DOWN";
    return Response.status(databaseUp ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(Map.of("status", status, "database", Map.of("status", status)))
        .build();
  }
}
