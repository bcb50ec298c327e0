package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.parity.network.application.DigestService;

/**
 * {@code POST /api/v1/admin/digests} (ADMIN): sends the daily discussion digests now instead of at
 * 07:00; answers how many mails went.
 */
@Path("admin/digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestResource {

  @Inject DigestService digests;

  @POST
  public Map<String, Integer> sendNow() {
    return Map.of("sent", digests.sendNow());
  }
}
