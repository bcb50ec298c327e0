package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.NotificationViews.SubscriptionView;
import org.parity.network.application.SubscriptionService;
import org.parity.platform.InvalidInput;

/**
 * What the caller follows: {@code GET /api/v1/me/subscriptions}; {@code POST} with {@code {"type":
 * "THREAD" | "CATEGORY" | "NETWORK", "id": n}} (or {@code {"type": "NETWORK", "slug": s}}) follows
 * (403 where the caller may not read); {@code DELETE ?type=…&id=…} stops following.
 */
@Path("me/subscriptions")
@Tag(
    name = "Mail and subscriptions",
    description = "Following threads, categories and networks, and hearing of them by mail.")
@Produces(MediaType.APPLICATION_JSON)
public class SubscriptionResource {

  @Inject SubscriptionService subscriptions;

  /** {@code slug} names a network instead of {@code id} (type NETWORK). */
  public record Target(String type, Long id, String slug) {}

  @GET
  @Operation(summary = "What the caller follows")
  public List<SubscriptionView> mine() {
    return subscriptions.mine();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Follow a thread, category or network")
  @APIResponse(responseCode = "204", description = "Following")
  public Response follow(Target target) {
    if (target != null && target.id() == null && target.slug() != null) {
      subscriptions.followNetwork(target.slug());
      return Response.noContent().build();
    }
    if (target == null || target.id() == null) {
      throw InvalidInput.of("id", "notify.id.required");
    }
    subscriptions.follow(target.type(), target.id());
    return Response.noContent().build();
  }

  @DELETE
  @Operation(summary = "Stop following a thread, category or network")
  @APIResponse(responseCode = "204", description = "No longer followed")
  public Response unfollow(
      @Parameter(description = "THREAD, CATEGORY or NETWORK") @QueryParam("type") String type,
      @Parameter(description = "Its id, as the list of what the caller follows gives it")
          @QueryParam("id")
          Long id) {
    if (id == null) {
      throw InvalidInput.of("id", "notify.id.required");
    }
    subscriptions.unfollow(type, id);
    return Response.noContent().build();
  }
}
