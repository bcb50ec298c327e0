package org.parity.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parity.identity.application.SecurityAudit;
import org.parity.identity.domain.SecurityEvent;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * /admin/audit: the security log, newest first, 50 a page, filtered by kind, a text in the account
 * or actor, and a period; the same filters download as CSV. The filters are a plain GET form, so a
 * filtered page has an address an administrator can keep or send.
 */
@Named
@RequestScoped
public class AuditPage {

  static final int PAGE_SIZE = 50;

  @Inject SecurityAudit audit;
  @Inject PageMessages messages;

  private String kind;
  private String text;
  private String from;
  private String to;
  private int page;
  private List<SecurityAudit.EventView> events = List.of();
  private long total;
  private Map<String, String> errors = Map.of();

  @PostConstruct
  void read() {
    kind = PageAddress.parameter("kind");
    text = PageAddress.parameter("q");
    from = PageAddress.parameter("from");
    to = PageAddress.parameter("to");
    Integer asked = PageAddress.smallNumber("page");
    page = asked == null || asked < 1 ? 1 : asked;
    SecurityAudit.Query query = new SecurityAudit.Query(kind, text, from, to);
    try {
      total = audit.count(query);
      events = audit.page(query, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    } catch (InvalidInput refused) {
      errors = refused.fieldErrors();
      messages.error("input.invalid");
    }
  }

  public List<String> getKinds() {
    return Arrays.stream(SecurityEvent.Kind.values()).map(Enum::name).toList();
  }

  /** The address of another page of the same filters, or of the CSV download. */
  public String address(String path, Integer toPage) {
    String[][] pairs = {
      {"kind", kind},
      {"q", text},
      {"from", from},
      {"to", to},
      {"page", toPage == null ? null : toPage.toString()}
    };
    String query =
        Arrays.stream(pairs)
            .filter(pair -> pair[1] != null)
            .map(pair -> pair[0] + "=" + URLEncoder.encode(pair[1], StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return path + (query.isEmpty() ? "" : "?" + query);
  }

  /** Each refused filter's message key, by field, shown beside it. */
  public Map<String, String> getErrors() {
    return errors;
  }

  public int getPages() {
    return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public int getPage() {
    return page;
  }

  public long getTotal() {
    return total;
  }

  public List<SecurityAudit.EventView> getEvents() {
    return events;
  }

  public String getKind() {
    return kind;
  }

  public String getText() {
    return text;
  }

  public String getFrom() {
    return from;
  }

  public String getTo() {
    return to;
  }
}
