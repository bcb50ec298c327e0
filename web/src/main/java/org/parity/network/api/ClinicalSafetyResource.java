package org.parity.network.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.network.application.ClinicalSafety;
import org.parity.network.application.ClinicalSafetyViews.ClinicalQueue;
import org.parity.network.domain.ClinicalStanding;

/** A network's clinical-safety queue, for its clinical reviewers and facilitators. */
@Path("networks/{slug}/clinical-reviews")
@Tag(
    name = "Clinical safety",
    description =
        "Posts flagged for unsafe clinical advice or patient-identifiable information, and the"
            + " clinical reviewers' answers.")
@Produces(MediaType.APPLICATION_JSON)
public class ClinicalSafetyResource {

  @Inject ClinicalSafety clinicalSafety;

  /** A reviewer's answer: FINE, CORRECTED (with the correction readers see) or HIDDEN. */
  public record Answer(String outcome, String note) {}

  @GET
  @Operation(
      summary =
          "Posts under clinical review with their due times, the latest answers and the reviewers"
              + " (clinical reviewers and facilitators)")
  public ClinicalQueue queue(@PathParam("slug") String slug) {
    return clinicalSafety.queue(slug);
  }

  @POST
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Answer a post's clinical review (clinical reviewers and facilitators)")
  @APIResponse(responseCode = "204", description = "Answered; the post shows the outcome")
  public Response answer(@PathParam("slug") String slug, @PathParam("id") long id, Answer answer) {
    clinicalSafety.answer(
        slug,
        id,
        ClinicalStanding.outcomeNamed(answer == null ? null : answer.outcome()),
        answer == null ? null : answer.note());
    return Response.noContent().build();
  }

  @PUT
  @Path("reviewers/{membership}")
  @Operation(
      summary =
          "Appoint a member (by their membership id, from the queue's members) as a clinical"
              + " reviewer (facilitators)")
  @APIResponse(responseCode = "204", description = "Appointed")
  public Response appoint(
      @PathParam("slug") String slug, @PathParam("membership") long membership) {
    clinicalSafety.appoint(slug, membership, true);
    return Response.noContent().build();
  }

  @DELETE
  @Path("reviewers/{membership}")
  @Operation(summary = "Stand a clinical reviewer down (facilitators)")
  @APIResponse(responseCode = "204", description = "Stood down")
  public Response standDown(
      @PathParam("slug") String slug, @PathParam("membership") long membership) {
    clinicalSafety.appoint(slug, membership, false);
    return Response.noContent().build();
  }
}
