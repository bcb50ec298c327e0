package org.parity.network.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.parity.identity.domain.Account;

/**
 * Who speaks at an event: a name, their role and organisation, a short biography, and the Parity
 * account they have if they have one (speakers from outside need none).
 */
public record SpeakerDetails(String name, String affiliation, String bio, Account account) {

  public static final int NAME_LIMIT = 200;
  public static final int BIO_LIMIT = 1_000;

  public SpeakerDetails {
    name = trim(name);
    affiliation = trim(affiliation);
    bio = trim(bio);
  }

  /** What is wrong, by field (name, affiliation, bio), as message keys. */
  public Map<String, String> problems() {
    Map<String, String> problems = new LinkedHashMap<>();
    if (name == null) {
      problems.put("name", "event.speaker.name.required");
    } else if (name.length() > NAME_LIMIT) {
      problems.put("name", "event.speaker.name.long");
    }
    if (affiliation != null && affiliation.length() > NAME_LIMIT) {
      problems.put("affiliation", "event.speaker.affiliation.long");
    }
    if (bio != null && bio.length() > BIO_LIMIT) {
      problems.put("bio", "event.speaker.bio.long");
    }
    return problems;
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
