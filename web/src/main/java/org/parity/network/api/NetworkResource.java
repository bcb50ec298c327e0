package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.NetworkMembershipService;
import org.parity.network.application.NetworkViews.NetworkDetail;
import org.parity.network.application.NetworkViews.NetworkSummary;

/**
 * Learning networks over HTTP: the list, one network as the caller sees it, joining and leaving, a
 * facilitator's answer to a request, and (ADMIN) setting up a network.
 */
@Path("networks")
@Tag(
    name = "Networks",
    description = "Learning networks: finding them, joining and leaving, and setting them up.")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkResource {

  @Inject NetworkMembershipService service;

  public record NewNetwork(
      String slug,
      String name,
      String description,
      boolean open,
      List<String> challenges,
      List<String> priorityAreas,
      List<String> settings,
      List<String> facilitators) {}

  public record Answer(boolean approve, String message) {}

  /** The network just set up, by its address. */
  public record NetworkCreated(String slug) {}

  /** The caller's membership: ACTIVE (joined) or PENDING (asked to join a closed network). */
  public record MembershipStatus(@Schema(enumeration = {"ACTIVE", "PENDING"}) String status) {}

  @GET
  @Operation(summary = "All learning networks")
  public List<NetworkSummary> all() {
    return service.networks();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Set up a network with its first facilitators (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Set up; Location is the network",
      content = @Content(schema = @Schema(implementation = NetworkCreated.class)))
  public Response create(NewNetwork request) {
    if (request == null) {
      throw org.parity.platform.InvalidInput.of("slug", "network.slug.invalid");
    }
    String slug =
        service.create(
            request.slug(),
            request.name(),
            request.description(),
            request.open(),
            request.challenges(),
            request.priorityAreas(),
            request.settings(),
            request.facilitators());
    return Response.created(URI.create("/api/v1/networks/" + slug))
        .entity(new NetworkCreated(slug))
        .build();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "A network as the caller sees it")
  public NetworkDetail one(@PathParam("slug") String slug) {
    return service
        .network(slug)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No such network"));
  }

  @POST
  @Path("{slug}/join")
  @Operation(summary = "Join an open network, or ask to join a closed one")
  public MembershipStatus join(@PathParam("slug") String slug) {
    return new MembershipStatus(service.join(slug));
  }

  @POST
  @Path("{slug}/leave")
  @Operation(summary = "Leave a network")
  @APIResponse(responseCode = "204", description = "Left")
  public Response leave(@PathParam("slug") String slug) {
    service.leave(slug);
    return Response.noContent().build();
  }

  @POST
  @Path("{slug}/requests/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Approve or decline a request to join (facilitators)")
  @APIResponse(responseCode = "204", description = "Answered; the person is told by mail")
  public Response answer(@PathParam("slug") String slug, @PathParam("id") long id, Answer answer) {
    service.answer(
        id, answer != null && answer.approve(), answer == null ? null : answer.message());
    return Response.noContent().build();
  }
}
