package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.parity.network.application.MailPreferenceService;

/**
 * How often the caller hears of discussions by mail: {@code GET} and {@code PUT
 * /api/v1/me/mail-preference} with {@code {"choice": "AT_ONCE" | "DAILY_DIGEST" | "NEVER"}}.
 */
@Path("me/mail-preference")
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferenceResource {

  @Inject MailPreferenceService preferences;

  public record Preference(String choice) {}

  @GET
  public Preference mine() {
    return new Preference(preferences.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> choose(Preference preference) {
    preferences.choose(preference == null ? null : preference.choice());
    return Map.of("choice", preferences.mine());
  }
}
