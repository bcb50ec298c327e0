package org.parity.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message has its Welsh, and a message that takes arguments doubles its apostrophes, as
 * MessageFormat needs (a single one would swallow the rest of the sentence).
 */
class WelshMessagesTest {

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties load(String name) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = WelshMessagesTest.class.getResourceAsStream("/org/parity/web/" + name)) {
      messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return messages;
  }

  @Test
  void everyMessageHasItsWelsh() throws IOException {
    Properties english = load("messages.properties");
    Properties welsh = load("messages_cy.properties");
    List<String> missing = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      if (welsh.getProperty(key, "").isBlank()) {
        missing.add(key);
      }
    }
    assertThat(missing).as("messages without Welsh").isEmpty();
    assertThat(welsh.stringPropertyNames())
        .as("Welsh for no message")
        .isSubsetOf(english.stringPropertyNames());
  }

  @Test
  void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String file : List.of("messages.properties", "messages_cy.properties")) {
      Properties messages = load(file);
      for (String key : messages.stringPropertyNames()) {
        String pattern = messages.getProperty(key);
        if (pattern.matches("(?s).*\\{\\d.*") && LONE_APOSTROPHE.matcher(pattern).find()) {
          broken.add(file + ": " + key);
        }
      }
    }
    assertThat(broken).as("messages whose apostrophes MessageFormat would swallow").isEmpty();
  }
}
