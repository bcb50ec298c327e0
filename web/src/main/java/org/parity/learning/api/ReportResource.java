package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.parity.learning.application.PublisherReports;

/** {@code GET /api/v1/reports/curricula/{slug}.csv}: a publisher's report on its curriculum. */
@Path("reports/curricula")
public class ReportResource {

  @Inject PublisherReports reports;

  @GET
  @Path("{slug: [a-z0-9]+(-[a-z0-9]+)*}.csv")
  @Produces("text/csv")
  public Response csv(
      @PathParam("slug") String slug,
      @QueryParam("profession") String profession,
      @QueryParam("region") String region) {
    return Response.ok(reports.csv(slug, profession, region))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"report-" + slug + ".csv\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
