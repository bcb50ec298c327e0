package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.NotificationService;
import org.parity.network.application.NotificationViews.NotificationPage;

/**
 * The caller's notifications: {@code GET /api/v1/me/notifications?page=N} (20 a page, newest first,
 * with the unread count) and {@code POST /api/v1/me/notifications/read} (all read); 401 signed out.
 */
@Path("me/notifications")
@Tag(name = "Notifications", description = "The caller's notifications of discussions.")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

  @Inject NotificationService notifications;

  @GET
  @Operation(summary = "A page of the caller's notifications, newest first, with the unread count")
  public NotificationPage mine(@QueryParam("page") @DefaultValue("1") int page) {
    return notifications.mine(page);
  }

  @POST
  @Path("read")
  @Operation(summary = "Mark all the caller's notifications read")
  @APIResponse(responseCode = "204", description = "All read")
  public Response markAllRead() {
    notifications.markAllRead();
    return Response.noContent().build();
  }
}
