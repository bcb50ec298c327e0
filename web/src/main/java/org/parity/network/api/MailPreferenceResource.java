package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.MailPreferenceService;

/**
 * How often the caller hears of discussions by mail: {@code GET} and {@code PUT
 * /api/v1/me/mail-preference} with {@code {"choice": "AT_ONCE" | "DAILY_DIGEST" | "NEVER"}}.
 */
@Path("me/mail-preference")
@Tag(
    name = "Mail and subscriptions",
    description = "Following threads, categories and networks, and hearing of them by mail.")
@Produces(MediaType.APPLICATION_JSON)
public class MailPreferenceResource {

  @Inject MailPreferenceService preferences;

  public record Preference(
      @Schema(enumeration = {"AT_ONCE", "DAILY_DIGEST", "NEVER"}) String choice) {}

  @GET
  @Operation(summary = "How often the caller hears of discussions by mail")
  public Preference mine() {
    return new Preference(preferences.mine());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose how often the caller hears of discussions by mail")
  public Preference choose(Preference preference) {
    preferences.choose(preference == null ? null : preference.choice());
    return new Preference(preferences.mine());
  }
}
