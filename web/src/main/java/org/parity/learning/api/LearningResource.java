package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.LearningService;
import org.parity.learning.application.LearningViews.AttemptOutcome;
import org.parity.learning.application.LearningViews.EnrolmentSummary;
import org.parity.learning.application.LearningViews.PlayerView;
import org.parity.platform.InvalidInput;

/**
 * The learner's own learning over HTTP, for apps and for the player's tests: enrol, open a unit,
 * mark it done, take a quiz one answer at a time, move to a newer version. Everything acts on the
 * caller's enrolments only (401 signed out, 403 for someone else's, 409 for a step out of turn).
 */
@Path("me/enrolments")
@Tag(
    name = "Learning",
    description =
        "The caller's own learning: enrolments, units, reflections, quizzes and the learning"
            + " record.")
@Produces(MediaType.APPLICATION_JSON)
public class LearningResource {

  @Inject LearningService learning;

  /** What to enrol in: a curriculum's slug, or a module's. */
  public record EnrolRequest(String curriculum, String module) {}

  public record AnswerRequest(List<Integer> options) {}

  public record ReflectionRequest(String text) {}

  /** The caller's enrolment. */
  public record Enrolled(long id) {}

  /** The quiz attempt started, or the one still open. */
  public record AttemptStarted(long attempt) {}

  @GET
  @Operation(summary = "The caller's enrolments")
  public List<EnrolmentSummary> mine() {
    return learning.myEnrolments();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Enrol on a curriculum or a module, in its newest published version")
  @APIResponse(
      responseCode = "201",
      description = "Enrolled, or already enrolled; Location is the enrolment",
      content = @Content(schema = @Schema(implementation = Enrolled.class)))
  public Response enrol(EnrolRequest request) {
    if (request == null || (blank(request.curriculum()) == blank(request.module()))) {
      throw new InvalidInput(Map.of("curriculum", "enrol.oneOf"));
    }
    long id =
        blank(request.module())
            ? learning.enrolInCurriculum(request.curriculum())
            : learning.enrolInModule(request.module());
    return Response.created(URI.create("/api/v1/me/enrolments/" + id))
        .entity(new Enrolled(id))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Open a unit of an enrolment, or where the caller left off")
  public PlayerView player(
      @PathParam("id") long id,
      @Parameter(description = "The unit's id; where the caller left off when absent")
          @QueryParam("unit")
          Long unit) {
    return learning.player(id, unit);
  }

  @POST
  @Path("{id}/units/{unit}/done")
  @Operation(summary = "Mark a unit done (not a quiz)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response done(@PathParam("id") long id, @PathParam("unit") long unit) {
    learning.markDone(id, unit);
    return Response.noContent().build();
  }

  /** Saves a reflection (private to the learner); a non-blank one completes the unit. */
  @PUT
  @Path("{id}/units/{unit}/reflection")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Save a reflection on a unit, private to the caller",
      description = "A reflection that is not blank completes the unit.")
  @APIResponse(responseCode = "204", description = "Saved")
  public Response reflect(
      @PathParam("id") long id, @PathParam("unit") long unit, ReflectionRequest request) {
    learning.reflect(id, unit, request == null ? null : request.text());
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/units/{unit}/attempts")
  @Operation(summary = "Start an attempt at a quiz, or resume the open one")
  public AttemptStarted start(@PathParam("id") long id, @PathParam("unit") long unit) {
    return new AttemptStarted(learning.startAttempt(id, unit));
  }

  @PUT
  @Path("{id}/attempts/{attempt}/answers/{question}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a question of an open quiz attempt")
  @APIResponse(responseCode = "204", description = "Saved")
  public Response answer(
      @PathParam("id") long id,
      @PathParam("attempt") long attempt,
      @PathParam("question") long question,
      AnswerRequest request) {
    if (request == null || request.options() == null || request.options().isEmpty()) {
      throw new InvalidInput(Map.of("options", "learn.answer.required"));
    }
    learning.answer(id, attempt, question, Set.copyOf(request.options()));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/attempts/{attempt}/submit")
  @Operation(summary = "Submit a quiz attempt and get its score")
  public AttemptOutcome submit(@PathParam("id") long id, @PathParam("attempt") long attempt) {
    return learning.submit(id, attempt);
  }

  @POST
  @Path("{id}/move")
  @Operation(
      summary = "Move an enrolment to its curriculum's newest published version",
      description = "Units done in the module versions the two versions share stay done.")
  @APIResponse(responseCode = "204", description = "Moved")
  public Response move(@PathParam("id") long id) {
    learning.moveToNewest(id);
    return Response.noContent().build();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
