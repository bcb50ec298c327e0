package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;

/** Networks a test needs, set up as an administrator does, through the API. */
public final class TestNetworks {

  private final ApiSession admin;

  private TestNetworks(ApiSession admin) {
    this.admin = admin;
  }

  /** Signed in as the suite's administrator. */
  public static TestNetworks asAdministrator(URL base) throws IOException, InterruptedException {
    return new TestNetworks(
        ApiSession.signedIn(
            base, System.getProperty("it.admin.email"), System.getProperty("it.admin.password")));
  }

  /** A network "Network {slug}" with one facilitator (by address); fails the test if refused. */
  public void create(String slug, boolean open, String facilitator)
      throws IOException, InterruptedException {
    HttpResponse<String> created =
        admin.postJson(
            "/api/v1/networks",
            "{\"slug\":\""
                + slug
                + "\",\"name\":\"Network "
                + slug
                + "\",\"description\":\"For tests.\",\"open\":"
                + open
                + ",\"facilitators\":[\""
                + facilitator
                + "\"]}");
    assertThat(created.statusCode())
        .as("setting up " + slug + ": " + created.body())
        .isEqualTo(201);
  }
}
