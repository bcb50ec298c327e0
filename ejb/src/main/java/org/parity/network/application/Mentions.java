package org.parity.network.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parity.identity.domain.Account;
import org.parity.network.domain.LearningNetwork;
import org.parity.network.domain.NetworkMembership;
import org.parity.network.infrastructure.Networks;

/**
 * Finds the members a post names with {@code @} and their name written without spaces
 * ({@code @AnaPatel} for Ana Patel), ignoring case. Only the network's members can be mentioned,
 * never the author, and quoted lines do not mention anyone again.
 */
@Dependent
public class Mentions {

  private static final Pattern MENTION =
      Pattern.compile("(?<![\\p{L}\\p{N}_@.])@([\\p{L}][\\p{L}\\p{N}'’.-]{0,79})");

  @Inject Networks networks;

  public Set<Long> in(String markdown, LearningNetwork network, Account author) {
    Set<String> named = named(markdown);
    if (named.isEmpty()) {
      return Set.of();
    }
    return networks.withStatus(network, NetworkMembership.Status.ACTIVE).stream()
        .map(NetworkMembership::getAccount)
        .filter(a -> !a.getId().equals(author.getId()))
        .filter(a -> named.contains(handle(a.getDisplayName())))
        .map(Account::getId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** The handles written in the text, outside quoted lines, in the form {@link #handle} makes. */
  static Set<String> named(String markdown) {
    Set<String> named = new LinkedHashSet<>();
    if (markdown == null) {
      return named;
    }
    markdown
        .lines()
        .filter(line -> !line.stripLeading().startsWith(">"))
        .forEach(
            line -> {
              Matcher m = MENTION.matcher(line);
              while (m.find()) {
                named.add(handle(m.group(1).replaceAll("[.'’-]+$", "")));
              }
            });
    return named;
  }

  /** A display name as it is written after {@code @}: no spaces, any case. */
  public static String handle(String displayName) {
    return displayName.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }
}
