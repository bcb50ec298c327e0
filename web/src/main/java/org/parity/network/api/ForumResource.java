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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.ForumModeration;
import org.parity.network.application.ForumService;
import org.parity.network.application.ForumViews.ThreadList;
import org.parity.network.application.ForumViews.ThreadPage;
import org.parity.network.domain.PostFlag;
import org.parity.platform.InvalidInput;

/**
 * A network's discussions over HTTP: threads and posts, editing, "helpful", quoting, flags, and the
 * facilitators' steps on posts and threads. Every path under {@code /networks/{slug}/threads} is
 * served here.
 */
@Path("networks/{slug}/threads")
@Tag(
    name = "Forums",
    description =
        "A network's discussions: threads and posts, and the facilitators' steps on them.")
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
      String caseStudy,
      /* The id of an entry in the network's library the thread is about (optional). */
      Long resource) {}

  public record NewPost(String body) {}

  /** Why a facilitator (or a flagging member) acts; some steps also say where or how long. */
  public record Reason(String reason, Long category, Integer days) {}

  /**
   * A member's flag: the kind of problem (UNSAFE_ADVICE, IDENTIFIABLE_INFORMATION, ABUSE, SPAM or
   * OTHER, the default) and, required for OTHER, what is wrong.
   */
  public record Flag(String kind, String reason) {}

  /** The thread just started. */
  public record ThreadCreated(long id) {}

  /** The page of the thread (from 1) a post is on. */
  public record PostPage(int page) {}

  /** Whether the caller now marks the post helpful. */
  public record Helpful(boolean helpful) {}

  /** The start of a reply quoting a post, in Markdown. */
  public record QuotedPost(String markdown) {}

  @GET
  @Operation(summary = "A page of a network's threads")
  public ThreadList threads(
      @PathParam("slug") String slug, @QueryParam("page") @DefaultValue("1") int page) {
    return forum.threads(slug, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a thread (members)")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location is the thread",
      content = @Content(schema = @Schema(implementation = ThreadCreated.class)))
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
                thread.caseStudy(),
                thread.resource()));
    return Response.created(URI.create("/api/v1/networks/" + slug + "/threads/" + id))
        .entity(new ThreadCreated(id))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A page of a thread's posts")
  public ThreadPage thread(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @QueryParam("page") @DefaultValue("1") int page) {
    return forum.thread(slug, id, page);
  }

  @POST
  @Path("{id}/posts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply to a thread (members)")
  @APIResponse(
      responseCode = "201",
      description = "Posted; the page of the thread the reply is on",
      content = @Content(schema = @Schema(implementation = PostPage.class)))
  public Response reply(@PathParam("slug") String slug, @PathParam("id") long id, NewPost post) {
    int page = forum.reply(slug, id, post == null ? null : post.body());
    return Response.status(Response.Status.CREATED).entity(new PostPage(page)).build();
  }

  @PUT
  @Path("{id}/posts/{number}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change one of the caller's own posts, within 30 minutes of writing it")
  public PostPage edit(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      NewPost post) {
    return new PostPage(forum.edit(slug, id, number, post == null ? null : post.body()));
  }

  @POST
  @Path("{id}/posts/{number}/helpful")
  @Operation(summary = "Mark a post helpful, or take the mark back (members)")
  public Helpful helpful(
      @PathParam("slug") String slug, @PathParam("id") long id, @PathParam("number") int number) {
    return new Helpful(forum.helpful(slug, id, number));
  }

  @GET
  @Path("{id}/posts/{number}/quote")
  @Operation(summary = "The start of a reply quoting a post")
  public QuotedPost quote(
      @PathParam("slug") String slug, @PathParam("id") long id, @PathParam("number") int number) {
    return new QuotedPost(forum.quote(slug, id, number).markdown());
  }

  @POST
  @Path("{id}/posts/{number}/flags")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Flag a post, saying what kind of problem it is (members); unsafe clinical advice and"
              + " patient-identifiable information put it under clinical review")
  @APIResponse(responseCode = "201", description = "Flagged")
  public Response flag(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      Flag flag) {
    String kind = flag == null || flag.kind() == null ? "OTHER" : flag.kind();
    moderation.flag(
        slug, id, number, PostFlag.Kind.named(kind), flag == null ? null : flag.reason());
    return Response.status(Response.Status.CREATED).build();
  }

  @POST
  @Path("{id}/posts/{number}/{step:hide|restore|dismiss-flags|suspend-author}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hide or restore a post, dismiss its flags or suspend its author (facilitators)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response moderatePost(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @PathParam("number") int number,
      @Parameter(
              description =
                  "hide, restore, dismiss-flags (the post is fine: its flags are settled) or"
                      + " suspend-author (from writing in this network for the body's days, 1 to"
                      + " 365). The body's reason is required, except to dismiss flags.")
          @PathParam("step")
          String step,
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
  @Operation(summary = "Lock, unlock, pin, unpin or move a thread (facilitators)")
  @APIResponse(responseCode = "204", description = "Done")
  public Response moderateThread(
      @PathParam("slug") String slug,
      @PathParam("id") long id,
      @Parameter(
              description =
                  "lock, unlock, pin, unpin or move (to the body's category, of this network)."
                      + " The body's reason is required, except to pin or unpin.")
          @PathParam("step")
          String step,
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
