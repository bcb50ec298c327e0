package org.parity.identity.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.identity.application.AccountAdministrationService;
import org.parity.identity.application.RegistrationRequest;
import org.parity.identity.domain.Profile;
import org.parity.identity.domain.Role;
import org.parity.platform.InvalidInput;

/**
 * {@code POST /api/v1/admin/accounts} (ADMIN): creates a verified account with roles and
 * organisations in one call, for onboarding a college's editors; 201, 400 with the problems by
 * field, 401 or 403.
 */
@Path("admin/accounts")
@Tag(
    name = "Administration",
    description = "Accounts, the security log and the search index (administrators).")
public class AdminAccountResource {

  @Inject AccountAdministrationService administration;

  public record NewAccount(
      String email,
      String password,
      String displayName,
      String profession,
      String region,
      List<String> roles,
      List<String> organisations) {}

  /** The account created. */
  public record CreatedAccount(long id) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a verified account with roles and organisations (administrators)")
  @APIResponse(
      responseCode = "201",
      description = "Created; Location is the account",
      content = @Content(schema = @Schema(implementation = CreatedAccount.class)))
  public Response create(NewAccount request) {
    if (request == null) {
      throw InvalidInput.of("email", "email.invalid");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String role : request.roles() == null ? List.<String>of() : request.roles()) {
      try {
        roles.add(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw InvalidInput.of("roles", "admin.roleUnknown");
      }
    }
    long id =
        administration.createAccount(
            new RegistrationRequest(
                request.email(),
                request.password(),
                new Profile(
                    request.displayName(),
                    request.profession(),
                    null,
                    null,
                    null,
                    request.region())),
            roles,
            request.organisations());
    return Response.created(URI.create("/api/v1/admin/accounts/" + id))
        .entity(new CreatedAccount(id))
        .build();
  }
}
