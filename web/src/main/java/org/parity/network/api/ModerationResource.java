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
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ModerationViews.ModerationQueue;

/** A network's moderation queue, suspensions and log, for its facilitators. */
@Path("networks/{slug}/moderation")
@Produces(MediaType.APPLICATION_JSON)
public class ModerationResource {

  @Inject ForumModeration moderation;

  @GET
  public ModerationQueue queue(
      @PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page) {
    return moderation.queue(slug, page);
  }

  @POST
  @Path("suspensions/{id}/lift")
  public Response lift(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @QueryParam("reason") String reason) {
    moderation.lift(slug, id, reason);
    return Response.noContent().build();
  }
}
