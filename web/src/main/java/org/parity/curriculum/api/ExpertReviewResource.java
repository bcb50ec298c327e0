package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.ExpertReviewViews.ReviewReading;
import org.parity.curriculum.application.ExpertReviewViews.ReviewSettings;
import org.parity.curriculum.application.ExpertReviewViews.ReviewTask;
import org.parity.curriculum.application.ExpertReviewing;
import org.parity.curriculum.application.PublisherReviewers;
import org.parity.curriculum.domain.RequiredReviews;
import org.parity.curriculum.domain.ReviewerKind;
import org.parity.curriculum.domain.ReviewerKind.ChecklistItem;
import org.parity.platform.InvalidInput;
import org.parity.platform.api.PageBase;

/**
 * Clinical and lived-experience review over HTTP: a publisher's PUBLISHERs choose the reviews its
 * content needs and invite reviewers; an invited reviewer records a review (every checklist item
 * confirmed) or sends the version back. 409 when out of turn or out of order.
 */
@Path("/")
@Tag(name = "Studio")
@Produces(MediaType.APPLICATION_JSON)
public class ExpertReviewResource {

  @Inject ExpertReviewing reviewing;
  @Inject PublisherReviewers reviewers;
  @Context UriInfo uri;

  /**
   * {"kind": "CLINICAL", "confirmed": ["ACCURATE", "CURRENT", "SAFETY_NETTED", "FITS_NICE"],
   * "comment": "…"}
   */
  public record Review(String kind, List<String> confirmed, String comment) {}

  /** {"comment": "…"}: what to change, required. */
  public record SendBack(String comment) {}

  public record Steps(
      boolean moduleClinical,
      boolean moduleLivedExperience,
      boolean curriculumClinical,
      boolean curriculumLivedExperience) {}

  /** {"email": "…", "kind": "CLINICAL" or "LIVED_EXPERIENCE"} */
  public record Invitation(String email, String kind) {}

  @GET
  @Path("expert-reviews/waiting")
  @Operation(
      summary = "Versions in review waiting for the caller's clinical or lived-experience review")
  public List<ReviewTask> waiting() {
    return reviewing.waiting();
  }

  @GET
  @Path("module-versions/{id}/expert-reviews")
  @Operation(
      summary =
          "A module version as its reviewers read it, with its review steps (its invited reviewers"
              + " and editors)")
  public ReviewReading moduleReviews(@PathParam("id") long id) {
    return reviewing.reading(RequiredReviews.MODULE, id);
  }

  @GET
  @Path("curriculum-versions/{id}/expert-reviews")
  @Operation(summary = "A curriculum version with its review steps")
  public ReviewReading curriculumReviews(@PathParam("id") long id) {
    return reviewing.reading(RequiredReviews.CURRICULUM, id);
  }

  @POST
  @Path("module-versions/{id}/expert-reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a clinical or lived-experience review of a module version in review")
  @APIResponse(responseCode = "204", description = "Recorded; whoever is next is told")
  public Response reviewModule(@PathParam("id") long id, Review review) {
    return record(RequiredReviews.MODULE, id, review);
  }

  @POST
  @Path("curriculum-versions/{id}/expert-reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record a clinical or lived-experience review of a curriculum version")
  @APIResponse(responseCode = "204", description = "Recorded; whoever is next is told")
  public Response reviewCurriculum(@PathParam("id") long id, Review review) {
    return record(RequiredReviews.CURRICULUM, id, review);
  }

  @POST
  @Path("module-versions/{id}/expert-reviews/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a module version back to its editors, saying what to change")
  @APIResponse(responseCode = "204", description = "Back with its editors")
  public Response sendBackModule(@PathParam("id") long id, SendBack sendBack) {
    reviewing.askForChanges(
        RequiredReviews.MODULE, id, sendBack == null ? null : sendBack.comment());
    return Response.noContent().build();
  }

  @POST
  @Path("curriculum-versions/{id}/expert-reviews/send-back")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a curriculum version back to its editors, saying what to change")
  @APIResponse(responseCode = "204", description = "Back with its editors")
  public Response sendBackCurriculum(@PathParam("id") long id, SendBack sendBack) {
    reviewing.askForChanges(
        RequiredReviews.CURRICULUM, id, sendBack == null ? null : sendBack.comment());
    return Response.noContent().build();
  }

  @GET
  @Path("review-steps")
  @Operation(summary = "The caller's publishers' review steps and invited reviewers (PUBLISHERs)")
  public List<ReviewSettings> reviewSteps() {
    return reviewers.settings();
  }

  @PUT
  @Path("publishers/{id}/review-steps")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Choose the reviews a publisher's modules and curricula need (its PUBLISHERs)")
  @APIResponse(responseCode = "204", description = "Chosen; applies to approvals from now on")
  public Response chooseSteps(@PathParam("id") long organisationId, Steps steps) {
    if (steps == null) {
      throw InvalidInput.of("steps", "expertReview.kindRequired");
    }
    reviewers.choose(
        organisationId,
        steps.moduleClinical(),
        steps.moduleLivedExperience(),
        steps.curriculumClinical(),
        steps.curriculumLivedExperience());
    return Response.noContent().build();
  }

  @POST
  @Path("publishers/{id}/reviewers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Invite a clinical or lived-experience reviewer by e-mail (PUBLISHERs)")
  @APIResponse(responseCode = "204", description = "Invited; they are told by mail")
  public Response invite(@PathParam("id") long organisationId, Invitation invitation) {
    reviewers.invite(
        organisationId,
        invitation == null ? null : invitation.email(),
        kind(invitation == null ? null : invitation.kind()),
        PageBase.of(uri));
    return Response.noContent().build();
  }

  @DELETE
  @Path("publisher-reviewers/{id}")
  @Operation(summary = "Remove an invited reviewer (PUBLISHERs of that publisher)")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("id") long reviewerId) {
    reviewers.remove(reviewerId);
    return Response.noContent().build();
  }

  private Response record(String subject, long id, Review review) {
    if (review == null) {
      throw InvalidInput.of("kind", "expertReview.kindRequired");
    }
    Set<ChecklistItem> confirmed = EnumSet.noneOf(ChecklistItem.class);
    for (String item : review.confirmed() == null ? List.<String>of() : review.confirmed()) {
      try {
        confirmed.add(ChecklistItem.valueOf(item));
      } catch (IllegalArgumentException | NullPointerException unknown) {
        throw InvalidInput.of("checklist", "expertReview.checklistIncomplete." + kindName(review));
      }
    }
    reviewing.record(
        subject, id, kind(review.kind()), confirmed, review.comment(), PageBase.of(uri));
    return Response.noContent().build();
  }

  private static String kindName(Review review) {
    ReviewerKind kind = kind(review.kind());
    return kind == null ? ReviewerKind.CLINICAL.name() : kind.name();
  }

  /** An unknown kind is no kind: the service refuses it beside the field. */
  private static ReviewerKind kind(String name) {
    try {
      return name == null ? null : ReviewerKind.valueOf(name);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
