package org.parity.platform.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A refusal written by a filter, before the API's own error mapping is reached: the status and
 * {@code {"error": "…"}}, as ApiErrors answers.
 */
public final class JsonRefusal {

  private JsonRefusal() {}

  public static void write(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response
        .getOutputStream()
        .write(
            Json.createObjectBuilder()
                .add("error", message)
                .build()
                .toString()
                .getBytes(StandardCharsets.UTF_8));
  }
}
