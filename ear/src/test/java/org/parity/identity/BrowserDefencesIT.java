package org.parity.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parity.browser.ApiSession;
import org.parity.it.Deployments;
import org.parity.load.BusyNetwork;

/**
 * What the browser is told to defend (security headers on pages, API answers and error pages) and
 * what the API and the pages refuse: state changes another site could make a signed-in browser
 * send.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserDefencesIT {

  @Deployment(testable = false)
  static EnterpriseArchive parity() {
    return Deployments.wholeEar();
  }

  @ArquillianResource URL base;

  @Test
  void pagesApiAnswersAndErrorPagesCarryTheSecurityHeaders() throws Exception {
    ApiSession visitor = ApiSession.anonymous(base);
    HttpResponse<String> page = visitor.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
    String scripts = policy.substring(policy.indexOf("script-src"));
    assertThat(scripts).contains("'self'").contains("'nonce-").doesNotContain("unsafe");
    String nonce = scripts.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
    assertThat(page.body()).as("the page's inline scripts carry its nonce").contains(nonce);
    assertDefended(page);
    assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);

    HttpResponse<String> api = visitor.get("/api/v1/networks");
    assertThat(api.statusCode()).isEqualTo(200);
    assertDefended(api);

    HttpResponse<String> missing = visitor.get("/no-such-page-" + UUID.randomUUID());
    assertThat(missing.statusCode()).isEqualTo(404);
    assertDefended(missing);
    assertThat(missing.headers().allValues("Content-Security-Policy"))
        .as("one policy, with the error page's nonce")
        .singleElement()
        .asString()
        .contains("'nonce-");

    HttpResponse<String> reset = visitor.get("/reset-password?token=not-a-token");
    assertThat(reset.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
  }

  private static void assertDefended(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .get()
        .asString()
        .contains("frame-ancestors 'none'")
        .contains("object-src 'none'");
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(response.headers().firstValue("Referrer-Policy"))
        .hasValue("strict-origin-when-cross-origin");
    assertThat(response.headers().firstValue("Permissions-Policy"))
        .get()
        .asString()
        .contains("camera=()");
  }

  @Test
  void theApiRefusesWhatAnotherSiteCouldMakeABrowserSend() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    BusyNetwork busy = BusyNetwork.create(base, run, 1);
    ApiSession member = busy.people().get(0);
    String posts = busy.threadApi() + "/posts";
    String reply = "{\"body\":\"Sent from elsewhere\"}";

    HttpResponse<String> crossOrigin =
        member.raw(
            "POST",
            posts,
            reply,
            "Content-Type",
            "application/json",
            "Origin",
            "http://evil.example");
    assertThat(crossOrigin.statusCode()).isEqualTo(403);
    HttpResponse<String> crossSite =
        member.raw(
            "POST",
            posts,
            reply,
            "Content-Type",
            "application/json",
            "Sec-Fetch-Site",
            "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    HttpResponse<String> formLike = member.raw("POST", posts, reply, "Content-Type", "text/plain");
    assertThat(formLike.statusCode()).isEqualTo(403);
    assertThat(formLike.body()).contains("JSON body or an X-Requested-With header");
    assertThat(member.get(busy.threadApi()).body())
        .as("nothing refused was written")
        .doesNotContain("Sent from elsewhere");

    String leave = "/api/v1/networks/" + busy.slug() + "/leave";
    assertThat(member.raw("POST", leave, null).statusCode())
        .as("a body-less step without the header")
        .isEqualTo(403);
    HttpResponse<String> sameOrigin =
        member.raw(
            "POST",
            posts,
            reply,
            "Content-Type",
            "application/json",
            "Origin",
            ownOrigin(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isEqualTo(201);
    assertThat(member.get(busy.threadApi()).body()).contains("Sent from elsewhere");
  }

  @Test
  void aPageRefusesAFormPostAnotherSiteMadeTheBrowserSend() throws Exception {
    BusyNetwork busy = BusyNetwork.create(base, UUID.randomUUID().toString().substring(0, 8), 1);
    ApiSession member = busy.people().get(0);
    // The member's thread page keeps no view state: its reply form carries no token.
    String page = busy.threadApi().replace("/api/v1", "");
    assertThat(member.get(page).body()).contains("value=\"stateless\"");
    String form =
        "reply=reply&reply%3Abody=Posted+from+another+site&reply%3Asubmit=Reply"
            + "&jakarta.faces.ViewState=stateless";
    String formType = "application/x-www-form-urlencoded";
    HttpResponse<String> crossOrigin =
        member.raw("POST", page, form, "Content-Type", formType, "Origin", "http://evil.example");
    assertThat(crossOrigin.statusCode()).isEqualTo(403);
    HttpResponse<String> crossSite =
        member.raw("POST", page, form, "Content-Type", formType, "Sec-Fetch-Site", "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(member.get(busy.threadApi()).body())
        .as("nothing refused was written")
        .doesNotContain("Posted from another site");

    HttpResponse<String> sameOrigin =
        member.raw(
            "POST",
            page,
            form,
            "Content-Type",
            formType,
            "Origin",
            ownOrigin(),
            "Sec-Fetch-Site",
            "same-origin");
    assertThat(sameOrigin.statusCode()).as(sameOrigin.body()).isIn(200, 302, 303);
    assertThat(member.get(busy.threadApi()).body()).contains("Posted from another site");
  }

  /**
   * The header's sign-out is a plain form posting to /sign-out: a link (GET) or another site's post
   * signs nobody out; Parity's own post ends the session.
   */
  @Test
  void signingOutTakesAPostFromParityItself() throws Exception {
    BusyNetwork busy = BusyNetwork.create(base, UUID.randomUUID().toString().substring(0, 8), 1);
    ApiSession member = busy.people().get(0);
    String signedInOnly = "/api/v1/me/subscriptions";
    assertThat(member.get(signedInOnly).statusCode()).isEqualTo(200);
    assertThat(member.get("/").body()).contains("action=\"/sign-out\"");

    assertThat(member.get("/sign-out").statusCode()).isEqualTo(405);
    HttpResponse<String> crossSite =
        member.raw("POST", "/sign-out", "", "Sec-Fetch-Site", "cross-site");
    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(member.get(signedInOnly).statusCode()).as("still signed in").isEqualTo(200);

    HttpResponse<String> own =
        member.raw("POST", "/sign-out", "", "Origin", ownOrigin(), "Sec-Fetch-Site", "same-origin");
    assertThat(own.statusCode()).isEqualTo(302);
    assertThat(own.headers().firstValue("Location").orElse("")).endsWith("/login?signedOut=true");
    assertThat(member.get(signedInOnly).statusCode()).isEqualTo(401);
  }

  /** Parity's own origin, as a browser on its pages names it. */
  private String ownOrigin() {
    return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
  }
}
