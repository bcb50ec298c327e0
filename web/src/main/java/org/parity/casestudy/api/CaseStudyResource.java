package org.parity.casestudy.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.casestudy.application.CaseStudyAuthoring;
import org.parity.casestudy.application.CaseStudyReading;
import org.parity.casestudy.application.CaseStudyReview;
import org.parity.casestudy.application.CaseStudyViews.Draft;
import org.parity.casestudy.application.CaseStudyViews.StudyLine;
import org.parity.casestudy.application.CaseStudyViews.StudyPage;
import org.parity.casestudy.application.NotFound;
import org.parity.casestudy.domain.AttachmentInfo;
import org.parity.casestudy.domain.CaseStudyContent;
import org.parity.casestudy.domain.FileType;
import org.parity.platform.InvalidInput;

/**
 * Case studies over HTTP. Reading a published study is open to all; writing, submitting and
 * reviewing follow the same rules as the pages. Attachments are sent as the raw body with the
 * file's name in an {@code X-File-Name} header; their type is read from the bytes, whatever the
 * Content-Type says.
 */
@Path("case-studies")
@Tag(name = "Case studies", description = "Reading, writing and reviewing case studies.")
@Produces(MediaType.APPLICATION_JSON)
public class CaseStudyResource {

  @Inject CaseStudyReading reading;
  @Inject CaseStudyAuthoring authoring;
  @Inject CaseStudyReview review;

  public record Comment(String comment) {}

  /** A file attached to a case study, and where it can be read. */
  public record AttachmentLink(long id, String fileName, String mediaType, long size, String url) {}

  @GET
  @Path("{slug: [a-z0-9]+(-[a-z0-9]+)*}")
  @Operation(summary = "A published case study")
  public StudyPage study(@PathParam("slug") String slug) {
    return reading.page(slug).orElseThrow(() -> new NotFoundException("No such case study"));
  }

  @GET
  @Path("mine")
  @Operation(summary = "The caller's own case studies")
  public List<StudyLine> mine() {
    return authoring.mine();
  }

  @GET
  @Path("review")
  @Operation(summary = "Case studies waiting for review (reviewers)")
  public List<StudyLine> queue() {
    return review.queue();
  }

  /** The study as its author or a reviewer works on it: the open revision and the comments. */
  @GET
  @Path("{id: [0-9]+}/draft")
  @Operation(summary = "A case study's open revision and its comments")
  public Draft draft(@PathParam("id") long id) {
    return found(() -> authoring.draft(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a case study")
  @APIResponse(
      responseCode = "201",
      description = "Started; Location is its draft",
      content = @Content(schema = @Schema(implementation = Draft.class)))
  public Response start(CaseStudyContent content) {
    Draft draft = authoring.start(content == null ? CaseStudyContent.empty() : content);
    return Response.created(URI.create("/api/v1/case-studies/" + draft.studyId() + "/draft"))
        .entity(draft)
        .build();
  }

  @PUT
  @Path("{id: [0-9]+}")
  @Operation(summary = "Save a case study's open revision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Draft save(@PathParam("id") long id, CaseStudyContent content) {
    return found(() -> authoring.save(id, content == null ? CaseStudyContent.empty() : content));
  }

  @POST
  @Path("{id: [0-9]+}/submit")
  @Operation(summary = "Submit a case study for review")
  public Draft submit(@PathParam("id") long id) {
    return found(() -> authoring.submit(id));
  }

  @POST
  @Path("{id: [0-9]+}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on a case study in review (reviewers)")
  @APIResponse(responseCode = "204", description = "Commented")
  public Response comment(@PathParam("id") long id, Comment comment) {
    found(
        () -> {
          review.comment(id, comment == null ? null : comment.comment());
          return null;
        });
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/request-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Send a case study back to its author with a comment (reviewers)")
  @APIResponse(responseCode = "204", description = "Sent back")
  public Response requestChanges(@PathParam("id") long id, Comment comment) {
    found(
        () -> {
          review.requestChanges(id, comment == null ? null : comment.comment());
          return null;
        });
    return Response.noContent().build();
  }

  /** {"confirmed": ["NO_IDENTIFIABLE_INFORMATION", "CONSENT_RECORDED", "OUTCOMES_SUPPORTED"]} */
  public record Check(java.util.List<String> confirmed) {}

  @POST
  @Path("{id: [0-9]+}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Check a case study in review, every item confirmed: the first of two reviewers"
              + " (reviewers, not its author)")
  @APIResponse(responseCode = "204", description = "Checked; another reviewer may publish it")
  public Response check(@PathParam("id") long id, Check check) {
    found(
        () -> {
          review.check(
              id,
              check == null || check.confirmed() == null
                  ? java.util.Set.of()
                  : new java.util.HashSet<>(check.confirmed()));
          return null;
        });
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/publish")
  @Operation(summary = "Publish a case study once another reviewer checked it (reviewers)")
  @APIResponse(responseCode = "204", description = "Published")
  public Response publish(@PathParam("id") long id) {
    found(
        () -> {
          review.publish(id);
          return null;
        });
    return Response.noContent().build();
  }

  @POST
  @Path("{id: [0-9]+}/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Attach a file (PDF, PNG or JPEG) to a case study")
  @RequestBody(
      description = "The file's bytes; its name in X-File-Name",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_OCTET_STREAM,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(
      responseCode = "201",
      description = "Attached; Location is the file",
      content = @Content(schema = @Schema(implementation = AttachmentLink.class)))
  public Response attach(
      @PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body)
      throws IOException {
    // Read one byte past the limit, so a larger file is refused without reading all of it.
    byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) FileType.MAX_BYTES + 1);
    if (bytes.length > FileType.MAX_BYTES) {
      throw InvalidInput.of("file", "caseStudy.error.fileTooLarge");
    }
    AttachmentInfo info = found(() -> authoring.attach(id, fileName, bytes));
    String url = "/case-studies/attachments/" + info.id();
    return Response.created(URI.create(url))
        .entity(new AttachmentLink(info.id(), info.fileName(), info.mediaType(), info.size(), url))
        .build();
  }

  private static <T> T found(Supplier<T> step) {
    try {
      return step.get();
    } catch (NotFound e) {
      throw new NotFoundException(e.getMessage());
    }
  }
}
