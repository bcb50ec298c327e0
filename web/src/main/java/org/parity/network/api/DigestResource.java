package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.DigestService;

/**
 * {@code POST /api/v1/admin/digests} (ADMIN): sends the daily discussion digests now instead of at
 * 07:00; answers how many mails went.
 */
@Path("admin/digests")
@Tag(
    name = "Mail and subscriptions",
    description = "Following threads, categories and networks, and hearing of them by mail.")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  @Inject DigestService digests;

  /** How many digest mails went. */
  public record DigestsSent(int sent) {}

  @POST
  @Operation(summary = "Send the daily digests now (administrators)")
  public DigestsSent sendNow() {
    return new DigestsSent(digests.sendNow());
  }
}
