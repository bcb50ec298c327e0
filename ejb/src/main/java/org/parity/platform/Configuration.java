package org.parity.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The one place Parity reads operator settings: an environment variable ({@code
 * PARITY_ADMIN_EMAIL}) or the matching system property ({@code parity.admin.email}), which wins
 * when both are set (a launcher's or the server's own setting, changeable while it runs). Read
 * afresh each time, so a setting changed in the server applies at once.
 */
@ApplicationScoped
public class Configuration {

  public Optional<String> value(String environmentName) {
    String property = environmentName.toLowerCase().replace('_', '.');
    String fromProperty = System.getProperty(property);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return Optional.of(fromProperty.trim());
    }
    return Optional.ofNullable(System.getenv(environmentName))
        .map(String::trim)
        .filter(v -> !v.isEmpty());
  }

  /** A number of days from the environment (a retention period), or the default when unset. */
  public int days(String environmentName, int defaultDays) {
    return value(environmentName)
        .map(String::strip)
        .filter(v -> v.matches("[0-9]{1,5}") && Integer.parseInt(v) > 0)
        .map(Integer::parseInt)
        .orElse(defaultDays);
  }

  /** Address of the first administrator, created on first start. */
  public String adminEmail() {
    return value("PARITY_ADMIN_EMAIL").orElse("admin@parity.local");
  }

  public Optional<String> adminPassword() {
    return value("PARITY_ADMIN_PASSWORD");
  }

  /** Without an SMTP host, mail stays in the outbox at /admin/outbox (the embedded default). */
  public boolean smtpConfigured() {
    return value("PARITY_SMTP_HOST").isPresent();
  }

  /**
   * The host names a request may name when {@link #baseUrl()} is unset: links in mail are then made
   * from the request's address, so no other Host may reach a page (PARITY_ALLOWED_HOSTS,
   * comma-separated; localhost and the loopback addresses by default).
   */
  public java.util.Set<String> allowedHosts() {
    return java.util.Arrays.stream(
            value("PARITY_ALLOWED_HOSTS").orElse("localhost,127.0.0.1,::1,[::1]").split(","))
        .map(host -> host.trim().toLowerCase(java.util.Locale.ROOT))
        .filter(host -> !host.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Public address used in links inside mail; when absent the page's own address is used. */
  public Optional<String> baseUrl() {
    return value("PARITY_BASE_URL")
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /**
   * Where links in mail start: {@link #baseUrl()}, else the address of the page (or API request)
   * that caused the mail ({@code pageBase}, empty when there was none), without a trailing slash.
   */
  public String linkBase(String pageBase) {
    String base = baseUrl().orElse(pageBase == null ? "" : pageBase);
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /**
   * Addresses of the reverse proxies in front of Parity (PARITY_TRUSTED_PROXIES, comma-separated;
   * none by default): only from these is X-Forwarded-For believed about who the client is.
   */
  public java.util.Set<String> trustedProxies() {
    return java.util.Arrays.stream(value("PARITY_TRUSTED_PROXIES").orElse("").split(","))
        .map(String::trim)
        .filter(address -> !address.isEmpty())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
