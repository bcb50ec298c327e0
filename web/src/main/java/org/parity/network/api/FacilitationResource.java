package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.Facilitation;
import org.parity.network.application.FacilitationViews.Overview;

/**
 * The facilitator's view of a network, for its facilitators: {@code GET
 * /api/v1/networks/{slug}/facilitation} as JSON, {@code …/facilitation.csv} as CSV.
 */
@Path("networks/{slug}/facilitation{csv: (\\.csv)?}")
@Tag(
    name = "Facilitation",
    description = "A network's teams and members, with their progress, for its facilitators.")
public class FacilitationResource {

  @Inject Facilitation facilitation;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "text/csv"})
  @Operation(
      summary =
          "A network's teams and members: progress on their team's learning, last activity,"
              + " events attended (facilitators); with .csv, as CSV, fewer than five people by"
              + " profession or region withheld")
  @APIResponse(
      responseCode = "200",
      description =
          "JSON; or, for .csv, a row per member, then the members counted by profession and by"
              + " region",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Overview.class)),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))
      })
  public Response overview(
      @PathParam("slug") String slug,
      @Parameter(description = "\".csv\" for CSV; nothing for JSON") @PathParam("csv") String csv,
      @Parameter(description = "A team's id, or \"none\" for members in no team")
          @QueryParam("team")
          String team,
      @Parameter(description = "Only members of this profession (a code)") @QueryParam("profession")
          String profession,
      @Parameter(description = "Only members of this region (a code)") @QueryParam("region")
          String region) {
    if (csv == null || csv.isEmpty()) {
      return Response.ok(facilitation.overview(slug, team, profession, region))
          .type(MediaType.APPLICATION_JSON)
          .build();
    }
    return Response.ok(facilitation.csv(slug, team, profession, region))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"facilitation-" + slug + ".csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
