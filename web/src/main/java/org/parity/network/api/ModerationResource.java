package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ModerationViews.ModerationQueue;

/** A network's moderation queue, suspensions and log, for its facilitators. */
@Path("networks/{slug}/moderation")
@Tag(
    name = "Moderation",
    description = "A network's moderation queue, suspensions and log, for its facilitators.")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

  @Inject ForumModeration moderation;

  @GET
  @Operation(
      summary = "A network's flagged posts, current suspensions and moderation log (facilitators)")
  public ModerationQueue queue(
      @PathParam("slug") String slug,
      @Parameter(description = "Page of the moderation log (30 a page), from 1")
          @QueryParam("page")
          @DefaultValue("1")
          int page) {
    return moderation.queue(slug, page);
  }

  @POST
  @Path("suspensions/{id}/lift")
  @Operation(summary = "Lift a member's suspension early (facilitators)")
  @APIResponse(responseCode = "204", description = "Lifted")
  public Response lift(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @Parameter(description = "Why, for the moderation log (optional)") @QueryParam("reason")
          String reason) {
    moderation.lift(slug, id, reason);
    return Response.noContent().build();
  }
}
