package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.application.EventViews.EventDetail;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.EventList;
import org.parity.network.application.NetworkEvents;

/**
 * A network's events over HTTP: the list and one event as the caller sees them, arranging and
 * changing them (the network's facilitators), registering and cancelling (members), cancelling an
 * event and marking attendance (facilitators). Calendars are at /networks/{slug}/events.ics.
 */
@Path("networks/{slug}/events")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkEventResource {

  @Inject NetworkEvents events;
  @Context UriInfo uri;

  public record Cancellation(String reason) {}

  public record AttendanceMarks(List<Attendance> attendance) {}

  @GET
  public EventList all(
      @PathParam("slug") String slug, @QueryParam("past") @DefaultValue("1") int pastPage) {
    return events.events(slug, pastPage);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(@PathParam("slug") String slug, EventInput input) {
    long id = events.create(slug, input);
    return Response.created(URI.create("/api/v1/networks/" + slug + "/events/" + id))
        .entity(Map.of("id", id))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  public EventDetail one(@PathParam("slug") String slug, @PathParam("id") long id) {
    return events.event(slug, id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response edit(@PathParam("slug") String slug, @PathParam("id") long id, EventInput input) {
    events.edit(slug, id, input, pageBase());
    return Response.noContent().build();
  }

  /** Registers the caller: {"status": "REGISTERED"} or {"status": "WAITING"}. */
  @POST
  @Path("{id: [0-9]+}/registration")
  public Map<String, String> register(@PathParam("slug") String slug, @PathParam("id") long id) {
    return Map.of("status", events.register(slug, id));
  }

  @DELETE
  @Path("{id: [0-9]+}/registration")
  public Response cancelRegistration(@PathParam("slug") String slug, @PathParam("id") long id) {
    events.cancelRegistration(slug, id, pageBase());
    return Response.noContent().build();
  }

  /** The same as DELETE …/registration, for clients that send only GET and POST. */
  @POST
  @Path("{id: [0-9]+}/cancel-registration")
  public Response cancelRegistrationByPost(
      @PathParam("slug") String slug, @PathParam("id") long id) {
    return cancelRegistration(slug, id);
  }

  @POST
  @Path("{id: [0-9]+}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response cancel(
      @PathParam("slug") String slug, @PathParam("id") long id, Cancellation cancellation) {
    events.cancel(slug, id, cancellation == null ? null : cancellation.reason(), pageBase());
    return Response.noContent().build();
  }

  /** {"attendance": [{"registration": 12, "attended": true}]}; answers {"changed": n}. */
  @POST
  @Path("{id: [0-9]+}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Integer> attendance(
      @PathParam("slug") String slug, @PathParam("id") long id, AttendanceMarks marks) {
    return Map.of(
        "changed", events.markAttendance(slug, id, marks == null ? null : marks.attendance()));
  }

  /** The site's own address (without /api/v1), for links in mail. */
  private String pageBase() {
    String api = uri.getBaseUri().toString();
    return api.replaceAll("/api/v1/?$", "");
  }
}
