package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.ThreadList;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.platform.InvalidInput;

/**
 * A network's discussions over HTTP: threads and posts, editing, "helpful", quoting, flags, and the
 * facilitators' steps on posts and threads. Every path under {@code /networks/{slug}/threads} is
 * served here.
 */
@Path("networks/{slug}/threads")
@Produces(MediaType.APPLICATION_JSON)
public class ForumResource {

  @Inject ForumService forum;
  @Inject ForumModeration moderation;

  public record NewThread(
      long category,
      String title,
      String body,
      List<String> tags,
      String module,
      String caseStudy) {}

  public record NewPost(String body) {}

  /** Why a facilitator (or a flagging member) acts; some steps also say where or how long. */
  public record Reason(String reason, Long category, Integer days) {}

  @GET
  public ThreadList threads(
      @PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page) {
    return forum.threads(slug, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response startThread(@PathParam("slug") String slug, NewThread thread) {
    if (thread == null) {
      throw InvalidInput.of("title", "forum.title.required");
    }
    long id =
        forum.startThread(
            slug,
            new ForumService.NewThread(
                thread.category(),
                thread.title(),
                thread.body(),
                thread.tags(),
                thread.module(),
                thread.caseStudy()));
    return Response.created(URI.create("/api/v1/networks/" + slug + "/threads/" + id))
        .entity(Map.of("id", id))
        .build();
  }

  @GET
  @Path("{id}")
  public ThreadPage thread(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("1") int page) {
    return forum.thread(slug, id, page);
  }

  @POST
  @Path("{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reply(@PathParam("slug") String slug, @PathParam("id") long id, NewPost post) {
    int page = forum.reply(slug, id, post == null ? null : post.body());
    return Response.status(Response.Status.CREATED).entity(Map.of("page", page)).build();
  }

  @PUT
  @Path("{id}/posts/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> edit(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      NewPost post) {
    return Map.of("page", forum.edit(slug, id, number, post == null ? null : post.body()));
  }

  @POST
  @Path("{id}/posts/{number}/helpful")
  public Map<String, Boolean> helpful(
      @PathParam("slug") String slug, @PathParam("id") long id, @PathParam("number") int number) {
    return Map.of("helpful", forum.helpful(slug, id, number));
  }

  @GET
  @Path("{id}/posts/{number}/quote")
  public Map<String, String> quote(
      @PathParam("slug") String slug, @PathParam("id") long id, @PathParam("number") int number) {
    return Map.of("markdown", forum.quote(slug, id, number).markdown());
  }

  @POST
  @Path("{id}/posts/{number}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response flag(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      Reason reason) {
    moderation.flag(slug, id, number, why(reason));
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("{id}/posts/{number}/{step:hide|restore|dismiss-flags|suspend-author}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response moderatePost(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      @PathParam("step") String step,
      Reason reason) {
    switch (step) {
      case "hide" -> moderation.hide(slug, id, number, why(reason));
      case "restore" -> moderation.restore(slug, id, number, why(reason));
      case "dismiss-flags" -> moderation.dismissFlags(slug, id, number, why(reason));
      default ->
          moderation.suspendAuthor(
              slug,
              id,
              number,
              reason == null || reason.days() == null ? 0 : reason.days(),
              why(reason));
    }
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/{step:lock|unlock|pin|unpin|move}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response moderateThread(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("step") String step,
      Reason reason) {
    switch (step) {
      case "lock", "unlock" -> moderation.lock(slug, id, step.equals("lock"), why(reason));
      case "pin", "unpin" -> moderation.pin(slug, id, step.equals("pin"), why(reason));
      default ->
          moderation.move(
              slug,
              id,
              reason == null || reason.category() == null ? 0 : reason.category(),
              why(reason));
    }
    return Response.noContent().build();
  }

  private static String why(Reason reason) {
    return reason == null ? null : reason.reason();
  }
}
