package org.parity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void facesPagesGetTheSamePolicyAsEveryOtherResponse() throws Exception {
    String webXml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
    Matcher policy =
        Pattern.compile(
                "<param-name>primefaces.CSP_POLICY</param-name>\\s*<param-value>([^<]+)</param-value>")
            .matcher(webXml);
    assertThat(policy.find()).as("web.xml sets primefaces.CSP_POLICY").isTrue();
    assertThat(policy.group(1).replace("&apos;", "'")).isEqualTo(SecurityHeaders.POLICY);
  }

  @Test
  void scriptsComeOnlyFromParityAndTheNonceIsAppendedToScriptSrc() {
    assertThat(SecurityHeaders.POLICY)
        .endsWith("script-src 'self'")
        .doesNotContain("unsafe-eval")
        .contains("frame-ancestors 'none'");
    assertThat(SecurityHeaders.POLICY.substring(SecurityHeaders.POLICY.indexOf("script-src")))
        .doesNotContain("unsafe-inline");
  }
}
