package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.Credentials;
import org.parity.learning.application.Credentials.IssuerProfile;
import org.parity.learning.application.Credentials.Verification;
import org.parity.platform.Configuration;
import org.parity.platform.api.ApiRequests;

/**
 * Open Badges 3.0 for anyone, signed in or not: verify a credential ({@code POST
 * /api/v1/credentials/verify}), the issuers' public keys ({@code GET /api/v1/credentials/jwks}) and
 * an issuer's Profile ({@code GET /api/v1/credentials/issuers/{slug}}).
 */
@Path("credentials")
@Tag(
    name = "Credentials",
    description = "Open Badges 3.0 credentials: verifying, and the issuers' keys.")
public class CredentialResource {

  /** What to verify: the credential as downloaded (a compact JWS). */
  public record ToVerify(String credential) {}

  @Inject Credentials credentials;
  @Inject Configuration configuration;

  @POST
  @Path("verify")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify an Open Badges credential",
      description =
          "Its signature (by a Parity publisher's key, for that publisher), its validity period and"
              + " whether its certificate was revoked. problem is absent when it verifies; otherwise"
              + " MALFORMED, UNKNOWN_KEY, SIGNATURE, NOT_YET_VALID, EXPIRED, UNKNOWN_CERTIFICATE,"
              + " WRONG_ISSUER or REVOKED.")
  @APIResponse(
      responseCode = "200",
      description = "What verifying found",
      content = @Content(schema = @Schema(implementation = Verification.class)))
  public Verification verify(ToVerify request) {
    if (request == null || request.credential() == null || request.credential().isBlank()) {
      throw new BadRequestException("Send the credential as {\"credential\": \"…\"}.");
    }
    return credentials.verify(request.credential());
  }

  @GET
  @Path("jwks")
  @Produces("application/jwk-set+json")
  @Operation(summary = "The public keys of every publisher that signs credentials (a JWK Set)")
  @APIResponse(
      responseCode = "200",
      description = "The keys",
      content =
          @Content(
              mediaType = "application/jwk-set+json",
              schema = @Schema(type = SchemaType.OBJECT)))
  public Response jwks() {
    return Response.ok(credentials.jwks()).header("Cache-Control", "public, max-age=300").build();
  }

  @GET
  @Path("issuers/{slug}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "A publisher as its credentials name it (an Open Badges Profile)")
  @APIResponse(
      responseCode = "200",
      description = "The issuer",
      content = @Content(schema = @Schema(implementation = IssuerProfile.class)))
  @APIResponse(responseCode = "404", description = "No such publisher")
  public IssuerProfile issuer(@PathParam("slug") String slug, @Context UriInfo uri) {
    return credentials
        .issuer(slug, ApiRequests.siteBase(configuration, uri))
        .orElseThrow(() -> new NotFoundException("No such issuer"));
  }
}
