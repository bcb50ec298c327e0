package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.ContentReviews;
import org.parity.curriculum.application.CurriculumStudioService;
import org.parity.curriculum.application.StudioService;
import org.parity.platform.api.PageBase;

/**
 * The review workflow over HTTP, for colleges that keep curricula in version control: an EDITOR
 * submits a draft, a PUBLISHER of the same publisher publishes it. 409 when out of turn.
 */
@Path("/")
@Tag(
    name = "Studio",
    description =
        "Writing, packaging, reviewing and publishing curricula and modules, for the editors and"
            + " publishers of the organisations that own them.")
public class ReviewResource {

  private static final String COMMENT = "A comment for the version's history";

  @Inject StudioService modules;
  @Inject CurriculumStudioService curricula;
  @Inject ContentReviews reviews;
  @Context UriInfo uri;

  /** {"reviewBy": "2029-06-30", "reason": "…"} */
  public record ReviewByChange(String reviewBy, String reason) {}

  /** {"reason": "…"} */
  public record Retirement(String reason) {}

  @POST
  @Path("module-versions/{id}/review-by")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Move a published module version's review-by date on, with a reason (publishers of its"
              + " owner)")
  @APIResponse(responseCode = "204", description = "Moved on; the reason is in the history")
  public Response extendReview(@PathParam("id") long id, ReviewByChange change) {
    java.time.LocalDate to;
    try {
      to =
          change == null || change.reviewBy() == null
              ? null
              : java.time.LocalDate.parse(change.reviewBy());
    } catch (java.time.format.DateTimeParseException e) {
      to = null;
    }
    reviews.extend(id, to, change == null ? null : change.reason());
    return Response.noContent().build();
  }

  @POST
  @Path("module-versions/{id}/retire")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Retire a published module version, with a reason: it leaves the catalogue; enrolled"
              + " learners keep access and are told (publishers of its owner)")
  @APIResponse(responseCode = "204", description = "Retired")
  public Response retire(@PathParam("id") long id, Retirement retirement) {
    reviews.retire(id, retirement == null ? null : retirement.reason(), PageBase.of(uri));
    return Response.noContent().build();
  }

  @POST
  @Path("module-versions/{id}/submit")
  @Operation(summary = "Submit a module draft for review (editors and publishers)")
  @APIResponse(responseCode = "204", description = "Submitted")
  public Response submitModule(
      @PathParam("id") long id,
      @Parameter(description = COMMENT) @QueryParam("comment") String comment) {
    modules.submit(id, comment, PageBase.of(uri));
    return Response.noContent().build();
  }

  @POST
  @Path("module-versions/{id}/publish")
  @Operation(summary = "Publish a module version in review (publishers, not its own authors)")
  @APIResponse(responseCode = "204", description = "Published")
  public Response publishModule(
      @PathParam("id") long id,
      @Parameter(description = COMMENT) @QueryParam("comment") String comment) {
    modules.publish(id, comment);
    return Response.noContent().build();
  }

  @POST
  @Path("curriculum-versions/{id}/submit")
  @Operation(summary = "Submit a curriculum draft for review (editors and publishers)")
  @APIResponse(responseCode = "204", description = "Submitted")
  public Response submitCurriculum(
      @PathParam("id") long id,
      @Parameter(description = COMMENT) @QueryParam("comment") String comment) {
    curricula.submit(id, comment, PageBase.of(uri));
    return Response.noContent().build();
  }

  @POST
  @Path("curriculum-versions/{id}/publish")
  @Operation(summary = "Publish a curriculum version in review (publishers, not its own authors)")
  @APIResponse(responseCode = "204", description = "Published")
  public Response publishCurriculum(
      @PathParam("id") long id,
      @Parameter(description = COMMENT) @QueryParam("comment") String comment) {
    curricula.publish(id, comment);
    return Response.noContent().build();
  }
}
