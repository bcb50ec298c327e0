package org.parity.learning.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
import org.parity.platform.InvalidInput;

/**
 * The caller's CPD log for a period ({@code from}, {@code to}: yyyy-mm-dd, both included) as a PDF
 * or CSV download: {@code /api/v1/me/cpd.pdf} and {@code /api/v1/me/cpd.csv}.
 */
@Path("me")
@Tag(name = "CPD log", description = "The caller's CPD log, as a download.")
public class CpdResource {

  private static final String FROM = "The period's first day, yyyy-mm-dd";
  private static final String TO = "The period's last day (included), yyyy-mm-dd";

  @Inject CpdLog log;

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
    return Response.ok(log.csv(start, end))
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", disposition(start, end, "csv"))
        .header("Cache-Control", "private, no-store")
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
    return Response.ok(log.pdf(start, end))
        .header("Content-Disposition", disposition(start, end, "pdf"))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private static String disposition(LocalDate from, LocalDate to, String extension) {
    return "attachment; filename=\"cpd-log-" + from + "-to-" + to + "." + extension + "\"";
  }

  private static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value == null ? "" : value);
    } catch (DateTimeParseException e) {
      throw new InvalidInput(Map.of(field, "cpd.date.required"));
    }
  }
}
