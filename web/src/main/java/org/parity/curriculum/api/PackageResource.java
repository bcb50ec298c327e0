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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.PackageExchange;

/**
 * Content packages over HTTP: {@code POST /api/v1/packages} (a zip body, signed in as an EDITOR)
 * answers 201, 400 with every problem, 401 or 403; a version downloads as a zip.
 */
@Path("/")
@Tag(
    name = "Studio",
    description =
        "Writing, packaging, reviewing and publishing curricula and modules, for the editors and"
            + " publishers of the organisations that own them.")
public class PackageResource {

  private static final String ZIP = "application/zip";

  @Inject PackageExchange packages;
  @Inject org.parity.curriculum.application.StudioService studio;

  /** What an upload stored: "modules/slug" or "curricula/slug" → the new draft version's id. */
  public record Installed(Map<String, Long> installed) {}

  @POST
  @Path("packages")
  @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Upload a content package as new drafts (editors and publishers)")
  @RequestBody(
      description = "The package as a zip",
      content = {
        @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(
            mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  @APIResponse(
      responseCode = "201",
      description = "Stored as drafts",
      content = @Content(schema = @Schema(implementation = Installed.class)))
  public Response upload(byte[] zip) {
    Map<String, Long> installed = packages.upload(zip == null ? new byte[0] : zip);
    return Response.status(Response.Status.CREATED).entity(new Installed(installed)).build();
  }

  /** Changes a draft's details; a version in review, published or retired answers 409. */
  @jakarta.ws.rs.PUT
  @Path("module-versions/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change a module draft's details (editors and publishers)")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response editModuleVersion(
      @PathParam("id") long id, org.parity.curriculum.domain.ModuleDetails details) {
    studio.editDetails(id, details);
    return Response.noContent().build();
  }

  @GET
  @Path("module-versions/{id}/package")
  @Produces(ZIP)
  @Operation(
      summary = "Download a module version as a content package (editors and publishers)",
      description =
          "A draft, or a version with a question bank, only for the editors of its publisher.")
  @APIResponse(
      responseCode = "200",
      description = "The package",
      content =
          @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response moduleVersion(@PathParam("id") long id) {
    return Response.ok(packages.exportModule(id))
        .header("Content-Disposition", "attachment; filename=\"module-version-" + id + ".zip\"")
        .build();
  }

  @GET
  @Path("curriculum-versions/{id}/package")
  @Produces(ZIP)
  @Operation(
      summary = "Download a curriculum version as a content package (editors and publishers)",
      description = "A version not yet published only for the editors of its lead publisher.")
  @APIResponse(
      responseCode = "200",
      description = "The package",
      content =
          @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response curriculumVersion(@PathParam("id") long id) {
    return Response.ok(packages.exportCurriculum(id))
        .header("Content-Disposition", "attachment; filename=\"curriculum-version-" + id + ".zip\"")
        .build();
  }
}
