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
import org.parity.learning.application.LearningService;

/**
 * {@code GET /api/v1/me/statements}: the caller's own learning record as an xAPI StatementResult,
 * newest first; 401 without credentials.
 */
@Path("me/statements")
public class LearningRecordResource {

  @Inject LearningService learning;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject statements(@QueryParam("limit") @DefaultValue("100") int limit) {
    JsonArrayBuilder statements = Json.createArrayBuilder();
    for (String body : learning.myStatements(limit)) {
      try (var reader = Json.createReader(new StringReader(body))) {
        statements.add(reader.readObject());
      }
    }
    return Json.createObjectBuilder().add("statements", statements).add("more", "").build();
  }
}
