package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.PublisherReports;

/** {@code GET /api/v1/reports/curricula/{slug}.csv}: a publisher's report on its curriculum. */
@Path("reports/curricula")
@Tag(name = "Reports", description = "Publishers' reports on how their curricula are used.")
public class ReportResource {

  @Inject PublisherReports reports;

  @GET
  @Path("{slug: [a-z0-9]+(-[a-z0-9]+)*}.csv")
  @Produces("text/csv")
  @Operation(
      summary =
          "Download a report on one of the caller's curricula as CSV (editors and publishers)")
  @APIResponse(
      responseCode = "200",
      description =
          "Enrolments and completions by month, profession and region, then answers by"
              + " question",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @PathParam("slug") String slug,
      @Parameter(description = "Only learners of this profession (UNKNOWN: none given)")
          @QueryParam("profession")
          String profession,
      @Parameter(description = "Only learners of this region (UNKNOWN: none given)")
          @QueryParam("region")
          String region) {
    return Response.ok(reports.csv(slug, profession, region))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"report-" + slug + ".csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
