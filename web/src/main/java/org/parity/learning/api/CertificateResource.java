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
import org.parity.platform.Configuration;

/** {@code GET /api/v1/me/certificates/{code}/pdf}: the holder downloads their certificate. */
@Path("me/certificates/{code}/pdf")
@Tag(name = "Certificates", description = "The caller's own certificates.")
public class CertificateResource {

  @Inject Certificates certificates;
  @Inject Configuration configuration;

  @GET
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
    String base =
        configuration
            .baseUrl()
            .orElse(uri.getBaseUri().resolve("/").toString().replaceAll("/$", ""));
    byte[] pdf = certificates.pdfOfMine(code, base + "/certificates/" + code);
    return Response.ok(pdf)
        .header(
            "Content-Disposition", "attachment; filename=\"parity-certificate-" + code + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
