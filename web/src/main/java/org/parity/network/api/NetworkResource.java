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
import java.util.Map;
import org.parity.network.application.NetworkMembershipService;
import org.parity.network.application.NetworkViews.NetworkDetail;
import org.parity.network.application.NetworkViews.NetworkSummary;

/**
 * Learning networks over HTTP: the list, one network as the caller sees it, joining and leaving, a
 * facilitator's answer to a request, and (ADMIN) setting up a network.
 */
@Path("networks")
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

  @GET
  public List<NetworkSummary> all() {
    return service.networks();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
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
        .entity(Map.of("slug", slug))
        .build();
  }

  @GET
  @Path("{slug}")
  public NetworkDetail one(@PathParam("slug") String slug) {
    return service
        .network(slug)
        .orElseThrow(() -> new jakarta.ws.rs.NotFoundException("No such network"));
  }

  @POST
  @Path("{slug}/join")
  public Map<String, String> join(@PathParam("slug") String slug) {
    return Map.of("status", service.join(slug));
  }

  @POST
  @Path("{slug}/leave")
  public Response leave(@PathParam("slug") String slug) {
    service.leave(slug);
    return Response.noContent().build();
  }

  @POST
  @Path("{slug}/requests/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("slug") String slug, @PathParam("id") long id, Answer answer) {
    service.answer(
        id, answer != null && answer.approve(), answer == null ? null : answer.message());
    return Response.noContent().build();
  }
}
