package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.LearningService;

/**
 * {@code GET /api/v1/me/statements}: the caller's own learning record as an xAPI StatementResult,
 * newest first; 401 without credentials.
 */
@Path("me/statements")
@Tag(
    name = "Learning",
    description =
        "The caller's own learning: enrolments, units, reflections, quizzes and the learning"
            + " record.")
public class LearningRecordResource {

  @Inject LearningService learning;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The caller's learning record as an xAPI StatementResult",
      description =
          "statements: the caller's xAPI statements, newest first, up to limit; more: always"
              + " empty, as there is no paging.")
  public JsonObject statements(
      @Parameter(description = "How many statements, at most (1 to 500)")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    JsonArrayBuilder statements = Json.createArrayBuilder();
    for (String body : learning.myStatements(limit)) {
      try (var reader = Json.createReader(new StringReader(body))) {
        statements.add(reader.readObject());
      }
    }
    return Json.createObjectBuilder().add("statements", statements).add("more", "").build();
  }
}
