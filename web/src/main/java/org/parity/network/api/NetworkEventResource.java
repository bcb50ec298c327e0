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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.EventArranging;
import org.parity.network.application.EventAttendance;
import org.parity.network.application.EventReading;
import org.parity.network.application.EventRegistrations;
import org.parity.network.application.EventViews.Attendance;
import org.parity.network.application.EventViews.EventDetail;
import org.parity.network.application.EventViews.EventInput;
import org.parity.network.application.EventViews.EventList;
import org.parity.platform.api.PageBase;

/**
 * A network's events over HTTP: the list and one event as the caller sees them, arranging and
 * changing them (the network's facilitators), registering and cancelling (members), cancelling an
 * event and marking attendance (facilitators). Calendars are at /networks/{slug}/events.ics.
 */
@Path("networks/{slug}/events")
@Tag(
    name = "Events",
    description = "A network's events: arranging them, registering, cancelling, attendance.")
@Produces(MediaType.APPLICATION_JSON)
public class NetworkEventResource {

  @Inject EventReading reading;
  @Inject EventArranging arranging;
  @Inject EventRegistrations registrations;
  @Inject EventAttendance attendance;
  @Context UriInfo uri;

  public record Cancellation(String reason) {}

  public record AttendanceMarks(List<Attendance> attendance) {}

  /** The event just arranged. */
  public record EventCreated(long id) {}

  /** Whether the caller has a place or is on the waiting list. */
  public record RegistrationStatus(
      @Schema(enumeration = {"REGISTERED", "WAITING"}) String status) {}

  /** How many attendance marks changed. */
  public record AttendanceChanged(int changed) {}

  @GET
  @Operation(summary = "A network's events to come and a page of its past events")
  public EventList all(
      @PathParam("slug") String slug,
      @Parameter(description = "Page of past events (10 a page), from 1")
          @QueryParam("past")
          @DefaultValue("1")
          int pastPage) {
    return reading.events(slug, pastPage);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Arrange an event (facilitators)")
  @APIResponse(
      responseCode = "201",
      description = "Arranged; Location is the event",
      content = @Content(schema = @Schema(implementation = EventCreated.class)))
  public Response create(@PathParam("slug") String slug, EventInput input) {
    long id = arranging.create(slug, input);
    return Response.created(URI.create("/api/v1/networks/" + slug + "/events/" + id))
        .entity(new EventCreated(id))
        .build();
  }

  @GET
  @Path("{id: [0-9]+}")
  @Operation(summary = "An event as the caller sees it")
  public EventDetail one(@PathParam("slug") String slug, @PathParam("id") long id) {
    return reading.event(slug, id);
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change an event before it ends (facilitators)")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response edit(@PathParam("slug") String slug, @PathParam("id") long id, EventInput input) {
    arranging.edit(slug, id, input, pageBase());
    return Response.noContent().build();
  }

  /** Registers the caller: {"status": "REGISTERED"} or {"status": "WAITING"}. */
  @POST
  @Path("{id: [0-9]+}/registration")
  @Operation(summary = "Register for an event, or join its waiting list when it is full (members)")
  public RegistrationStatus register(@PathParam("slug") String slug, @PathParam("id") long id) {
    return new RegistrationStatus(registrations.register(slug, id));
  }

  @DELETE
  @Path("{id: [0-9]+}/registration")
  @Operation(summary = "Give up the caller's place, or place on the waiting list")
  @APIResponse(responseCode = "204", description = "Cancelled")
  public Response cancelRegistration(@PathParam("slug") String slug, @PathParam("id") long id) {
    registrations.cancelRegistration(slug, id, pageBase());
    return Response.noContent().build();
  }

  /** The same as DELETE …/registration, for clients that send only GET and POST. */
  @POST
  @Path("{id: [0-9]+}/cancel-registration")
  @Operation(
      summary =
          "Give up the caller's place, or place on the waiting list (for clients without DELETE)")
  @APIResponse(responseCode = "204", description = "Cancelled")
  public Response cancelRegistrationByPost(
      @PathParam("slug") String slug, @PathParam("id") long id) {
    return cancelRegistration(slug, id);
  }

  @POST
  @Path("{id: [0-9]+}/cancel")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cancel an event, saying why (facilitators)")
  @APIResponse(
      responseCode = "204",
      description = "Cancelled; everyone registered or waiting is told by mail")
  public Response cancel(
      @PathParam("slug") String slug, @PathParam("id") long id, Cancellation cancellation) {
    arranging.cancel(slug, id, cancellation == null ? null : cancellation.reason(), pageBase());
    return Response.noContent().build();
  }

  /** {"attendance": [{"registration": 12, "attended": true}]}; answers {"changed": n}. */
  @POST
  @Path("{id: [0-9]+}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark who came to an event (facilitators)")
  public AttendanceChanged attendance(
      @PathParam("slug") String slug, @PathParam("id") long id, AttendanceMarks marks) {
    return new AttendanceChanged(
        attendance.markAttendance(slug, id, marks == null ? null : marks.attendance()));
  }

  /** The site's own address (without /api/v1), for links in mail. */
  private String pageBase() {
    return PageBase.of(uri);
  }
}
