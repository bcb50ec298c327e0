package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.it.Deployments;

/**
 * With no PARITY_BASE_URL (as the tests' server runs), links in mail come from the request's
 * address, so a request naming a host Parity does not answer for is refused before any page or mail
 * is made: a forged Host header cannot put another address into a password-reset link.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustedHostIT {

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  @Test
  void aForgedHostIsAnswered400BeforeAnyPageOrMail() throws Exception {
    String form = "email=victim%40example.org";
    assertThat(statusLine("POST", "/forgot-password", "evil.example", form)).contains(" 400 ");
    assertThat(statusLine("GET", "/forgot-password", "evil.example:8080", null)).contains(" 400 ");
    assertThat(statusLine("GET", "/api/v1/health", "evil.example", null)).contains(" 400 ");
    assertThat(statusLine("GET", "/forgot-password", "localhost:" + base.getPort(), null))
        .contains(" 200 ");
    assertThat(statusLine("GET", "/forgot-password", "127.0.0.1", null)).contains(" 200 ");
  }

  /** A request written by hand: HTTP clients do not let a caller choose the Host header. */
  private String statusLine(String method, String path, String host, String body) throws Exception {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      String request =
          method
              + " "
              + path
              + " HTTP/1.1\r\nHost: "
              + host
              + "\r\nConnection: close\r\n"
              + (body == null
                  ? ""
                  : "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                      + content.length
                      + "\r\n")
              + "\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      return new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
          .readLine();
    }
  }
}
