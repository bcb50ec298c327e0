package org.parity.platform.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.parity.platform.health.HealthCheck;
import org.parity.platform.health.HealthReport;
import org.parity.platform.health.Readiness;

/**
 * For load balancers and orchestrators: {@code /health/live} answers 200 while the application is
 * deployed; {@code /health/ready} answers 200 only when the database, the migrations and the search
 * backend are, else 503, with each check in JSON. Neither opens a session nor needs a trusted host
 * name (a balancer probes by address).
 */
@WebServlet(urlPatterns = {"/health/live", "/health/ready"})
public class HealthEndpoints extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient Readiness readiness;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObjectBuilder body = Json.createObjectBuilder();
    int status = HttpServletResponse.SC_OK;
    if (request.getServletPath().endsWith("/ready")) {
      HealthReport report = readiness.check();
      JsonArrayBuilder checks = Json.createArrayBuilder();
      for (HealthCheck check : report.checks()) {
        JsonObjectBuilder entry =
            Json.createObjectBuilder()
                .add("name", check.name())
                .add("status", check.up() ? "UP" : "DOWN");
        if (check.detail() != null) {
          entry.add("detail", check.detail());
        }
        checks.add(entry);
      }
      body.add("status", report.ready() ? "UP" : "DOWN").add("checks", checks);
      status =
          report.ready() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    } else {
      body.add("status", "UP");
    }
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
  }
}
