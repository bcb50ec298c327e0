package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.parity.learning.application.Certificates;
import org.parity.platform.Configuration;

/** {@code GET /api/v1/me/certificates/{code}/pdf}: the holder downloads their certificate. */
@Path("me/certificates/{code}/pdf")
public class CertificateResource {

  @Inject Certificates certificates;
  @Inject Configuration configuration;

  @GET
  @Produces("application/pdf")
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
