package org.parity.curriculum.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.curriculum.application.OutcomeFrameworks;
import org.parity.curriculum.application.OutcomeMappings;
import org.parity.curriculum.application.OutcomeViews.FrameworkView;
import org.parity.curriculum.application.OutcomeViews.MappingView;
import org.parity.curriculum.application.OutcomeViews.ModuleOutcomes;
import org.parity.platform.api.PageBase;

/**
 * Learning-outcome frameworks over HTTP: published frameworks for anyone; drafting from a CSV or
 * YAML body and publishing for a publisher's editors and PUBLISHERs; mapping a module's outcomes
 * (editors of either side) and answering mappings (the framework's PUBLISHERs).
 */
@Path("/")
@Tag(name = "Studio")
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeFrameworkResource {

  @Inject OutcomeFrameworks frameworks;
  @Inject OutcomeMappings mappings;
  @Context UriInfo uri;

  /** {"outcome": 2, "frameworkOutcome": 1234}: the module's outcome by position, from 1. */
  public record Proposal(Integer outcome, Long frameworkOutcome) {}

  /** {"comment": "…"}: required to decline. */
  public record Answer(String comment) {}

  @GET
  @Path("frameworks")
  @Operation(summary = "Every published outcome framework with its outcomes (anyone)")
  public List<FrameworkView> published() {
    return frameworks.published();
  }

  @GET
  @Path("frameworks/{id}")
  @Operation(summary = "One framework: published ones for anyone, drafts for its editors")
  public FrameworkView read(@PathParam("id") long id) {
    return frameworks.read(id);
  }

  @POST
  @Path("publishers/{id}/frameworks")
  @Consumes({"text/csv", "application/yaml", MediaType.TEXT_PLAIN})
  @Operation(
      summary =
          "Draft a framework from a CSV (code,group,title; give title and version) or a"
              + " framework.yaml (Content-Type application/yaml) (the publisher's editors)")
  @APIResponse(
      responseCode = "201",
      description = "Drafted; 400 lists every problem with its line",
      content = @Content(schema = @Schema(implementation = FrameworkView.class)))
  public Response draft(
      @PathParam("id") long publisherId,
      @QueryParam("title") String title,
      @QueryParam("version") String version,
      @jakarta.ws.rs.HeaderParam("Content-Type") String type,
      byte[] body) {
    boolean yaml = type != null && type.toLowerCase(java.util.Locale.ROOT).contains("yaml");
    FrameworkView drafted =
        frameworks.draft(
            publisherId,
            title,
            version,
            new OutcomeFrameworks.Source(
                yaml ? "framework.yaml" : "outcomes.csv", body == null ? new byte[0] : body, null));
    return Response.created(URI.create("/api/v1/frameworks/" + drafted.id()))
        .entity(drafted)
        .build();
  }

  @POST
  @Path("frameworks/{id}/publish")
  @Operation(summary = "Publish a draft framework; it never changes after (its PUBLISHERs)")
  public FrameworkView publish(@PathParam("id") long id) {
    return frameworks.publish(id);
  }

  @GET
  @Path("modules/{slug}/outcome-mappings")
  @Operation(
      summary =
          "A module's outcomes with their mappings, and the frameworks the caller may map to"
              + " (editors of the module's or a framework's publisher)")
  public ModuleOutcomes ofModule(@PathParam("slug") String slug) {
    return mappings.forModule(slug);
  }

  @POST
  @Path("modules/{slug}/outcome-mappings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Propose that a module's outcome meets a framework outcome")
  @APIResponse(
      responseCode = "201",
      description = "Proposed; the framework's PUBLISHERs answer it",
      content = @Content(schema = @Schema(implementation = MappingView.class)))
  public Response propose(@PathParam("slug") String slug, Proposal proposal) {
    MappingView proposed =
        mappings.propose(
            slug,
            proposal == null || proposal.outcome() == null ? 0 : proposal.outcome(),
            proposal == null || proposal.frameworkOutcome() == null
                ? -1
                : proposal.frameworkOutcome(),
            PageBase.of(uri));
    return Response.created(URI.create("/api/v1/outcome-mappings/" + proposed.id()))
        .entity(proposed)
        .build();
  }

  @GET
  @Path("outcome-mappings")
  @Operation(summary = "Mappings waiting for the caller's answer (a framework's PUBLISHERs)")
  public List<MappingView> waiting() {
    return mappings.waiting();
  }

  @POST
  @Path("outcome-mappings/{id}/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Accept a mapping: learners see it (a framework's PUBLISHER who did not propose it)")
  public MappingView accept(@PathParam("id") long id, Answer answer) {
    return mappings.accept(id, answer == null ? null : answer.comment(), PageBase.of(uri));
  }

  @POST
  @Path("outcome-mappings/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Decline a mapping, saying why (a framework's PUBLISHER)")
  public MappingView decline(@PathParam("id") long id, Answer answer) {
    return mappings.decline(id, answer == null ? null : answer.comment(), PageBase.of(uri));
  }

  @DELETE
  @Path("outcome-mappings/{id}")
  @Operation(summary = "Withdraw a mapping (its proposer, or an editor of either side)")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response remove(@PathParam("id") long id) {
    mappings.remove(id);
    return Response.noContent().build();
  }
}
