package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.parity.learning.application.CpdLog;
import org.parity.learning.application.Revalidation;
import org.parity.learning.domain.Regulator;
import org.parity.platform.InvalidInput;

/**
 * The caller's CPD log for a period ({@code from}, {@code to}: yyyy-mm-dd, both included) as a PDF
 * or CSV download ({@code /api/v1/me/cpd.pdf}, {@code /api/v1/me/cpd.csv}), and their records in a
 * regulator's shape ({@code /api/v1/me/revalidation/…}).
 */
@Path("me")
@Tag(name = "CPD log", description = "The caller's CPD log, as a download.")
public class CpdResource {

  private static final String FROM = "The period's first day, yyyy-mm-dd";
  private static final String TO = "The period's last day (included), yyyy-mm-dd";

  @Inject CpdLog log;
  @Inject Revalidation revalidation;

  @GET
  @Path("cpd.csv")
  @Produces("text/csv")
  @Operation(summary = "Download the caller's CPD log for a period as CSV")
  @APIResponse(
      responseCode = "200",
      description = "One row an entry",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  public Response csv(
      @Parameter(description = FROM, required = true) @QueryParam("from") String from,
      @Parameter(description = TO, required = true) @QueryParam("to") String to) {
    LocalDate start = day("from", from);
    LocalDate end = day("to", to);
    return download(log.csv(start, end), "cpd-log-" + start + "-to-" + end + ".csv")
        .type("text/csv; charset=UTF-8")
        .build();
  }

  @GET
  @Path("cpd.pdf")
  @Produces("application/pdf")
  @Operation(summary = "Download the caller's CPD log for a period as a PDF")
  @APIResponse(
      responseCode = "200",
      description = "The log",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(
      @Parameter(description = FROM, required = true) @QueryParam("from") String from,
      @Parameter(description = TO, required = true) @QueryParam("to") String to) {
    LocalDate start = day("from", from);
    LocalDate end = day("to", to);
    return download(log.pdf(start, end), "cpd-log-" + start + "-to-" + end + ".pdf").build();
  }

  @GET
  @Path("revalidation/{regulator: nmc|gmc|hcpc}.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "Download the caller's records for a period in their regulator's shape",
      description =
          "nmc: revalidation (practice hours, CPD with participatory hours, feedback, written"
              + " reflective accounts, reflective discussion); gmc: appraisal supporting"
              + " information; hcpc: the CPD profile.")
  @APIResponse(
      responseCode = "200",
      description = "The record",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response regulatorPdf(
      @Parameter(description = "nmc, gmc or hcpc") @PathParam("regulator") String regulator,
      @Parameter(description = FROM, required = true) @QueryParam("from") String from,
      @Parameter(description = TO, required = true) @QueryParam("to") String to) {
    LocalDate start = day("from", from);
    LocalDate end = day("to", to);
    Regulator which = Regulator.valueOf(regulator.toUpperCase(java.util.Locale.ROOT));
    return download(
            revalidation.pdf(which, start, end),
            regulator + "-record-" + start + "-to-" + end + ".pdf")
        .build();
  }

  @GET
  @Path("revalidation/nmc-forms.docx")
  @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
  @Operation(
      summary =
          "Download the NMC's written reflective account and reflective discussion forms,"
              + " filled in from the caller's records")
  @APIResponse(
      responseCode = "200",
      description = "The forms",
      content =
          @Content(
              mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response nmcForms(
      @Parameter(description = FROM, required = true) @QueryParam("from") String from,
      @Parameter(description = TO, required = true) @QueryParam("to") String to) {
    LocalDate start = day("from", from);
    LocalDate end = day("to", to);
    return download(
            revalidation.nmcForms(start, end), "nmc-forms-" + start + "-to-" + end + ".docx")
        .build();
  }

  /** A private download under a file name of our making (plain ASCII: dates and words). */
  private static Response.ResponseBuilder download(Object body, String fileName) {
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
        .header("Cache-Control", "private, no-store");
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(Map.of(field, "cpd.date.required"));
    }
  }
}
