package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.parity.curriculum.application.PackageExchange;

/**
 * Content packages over HTTP: {@code POST /api/v1/packages} (a zip body, signed in as an EDITOR)
 * answers 201, 400 with every problem, 401 or 403; a version downloads as a zip.
 */
@Path("/")
public class PackageResource {

  private static final String ZIP = "application/zip";

  @Inject PackageExchange packages;
  @Inject org.parity.curriculum.application.StudioService studio;

  @POST
  @Path("packages")
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(byte[] zip) {
    Map<String, Long> installed = packages.upload(zip == null ? new byte[0] : zip);
    return Response.status(Response.Status.CREATED).entity(Map.of("installed", installed)).build();
  }

  /** Changes a draft's details; a version in review, published or retired answers 409. */
  @jakarta.ws.rs.PUT
  @Path("module-versions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response editModuleVersion(
      @PathParam("id") long id, org.parity.curriculum.domain.ModuleDetails details) {
    studio.editDetails(id, details);
    return Response.noContent().build();
  }

  @GET
  @Path("module-versions/{id}/package")
  @Produces(ZIP)
  public Response moduleVersion(@PathParam("id") long id) {
    return Response.ok(packages.exportModule(id))
        .header("Content-Disposition", "attachment; filename=\"module-version-" + id + ".zip\"")
        .build();
  }

  @GET
  @Path("curriculum-versions/{id}/package")
  @Produces(ZIP)
  public Response curriculumVersion(@PathParam("id") long id) {
    return Response.ok(packages.exportCurriculum(id))
        .header("Content-Disposition", "attachment; filename=\"curriculum-version-" + id + ".zip\"")
        .build();
  }
}
