package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.Certificates;
import org.parity.learning.application.Credentials;
import org.parity.platform.Configuration;
import org.parity.platform.api.ApiRequests;

/**
 * {@code GET /api/v1/me/certificates/{code}/pdf} and {@code …/credential}: the holder downloads
 * their certificate, as a PDF or as an Open Badges 3.0 credential (a VC-JWT).
 */
@Path("me/certificates/{code}")
@Tag(name = "Certificates", description = "The caller's own certificates.")
public class CertificateResource {

  @Inject Certificates certificates;
  @Inject Credentials credentials;
  @Inject Configuration configuration;

  @GET
  @Path("pdf")
  @Produces("application/pdf")
  @Operation(summary = "Download one of the caller's certificates as a PDF")
  @APIResponse(
      responseCode = "200",
      description = "The certificate",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("code") String code, @Context UriInfo uri) {
    byte[] pdf =
        certificates.pdfOfMine(
            code, ApiRequests.siteBase(configuration, uri) + "/certificates/" + code);
    return Response.ok(pdf)
        .header(
            "Content-Disposition", "attachment; filename=\"parity-certificate-" + code + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("credential")
  @Produces("application/vc+jwt")
  @Operation(
      summary = "Download one of the caller's certificates as an Open Badges 3.0 credential",
      description =
          "An OpenBadgeCredential (Verifiable Credentials data model 2.0) signed as a VC-JWT (ES256)"
              + " with the certifying publisher's key; verify it at /credentials/{code} or"
              + " POST /api/v1/credentials/verify.")
  @APIResponse(
      responseCode = "200",
      description = "The credential, a compact JWS",
      content =
          @Content(mediaType = "application/vc+jwt", schema = @Schema(type = SchemaType.STRING)))
  public Response credential(@PathParam("code") String code, @Context UriInfo uri) {
    return Response.ok(credentials.mine(code, ApiRequests.siteBase(configuration, uri)))
        .header(
            "Content-Disposition", "attachment; filename=\"parity-credential-" + code + ".jwt\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
