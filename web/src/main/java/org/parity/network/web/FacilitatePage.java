package org.parity.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.parity.identity.application.Caller;
import org.parity.network.application.Facilitation;
import org.parity.network.application.FacilitationViews.Overview;
import org.parity.platform.InvalidInput;
import org.parity.platform.web.PageAddress;
import org.parity.platform.web.PageMessages;

/**
 * The page /networks/{slug}/facilitate: the network's teams and members for its facilitators,
 * filtered from its address (?team=&amp;profession=&amp;region=), so it holds nothing between
 * requests.
 */
@Named
@RequestScoped
public class FacilitatePage {

  @Inject Facilitation facilitation;
  @Inject Caller caller;
  @Inject PageMessages messages;

  private String slug;
  private Overview overview;
  private boolean refused;
  private Integer nudgeDays;

  @PostConstruct
  void readAddress() {
    slug = PageAddress.parameter("slug");
    if (slug != null && caller.isSignedIn()) {
      try {
        overview =
            facilitation.overview(
                slug,
                PageAddress.parameter("team"),
                PageAddress.parameter("profession"),
                PageAddress.parameter("region"));
      } catch (EJBAccessException notAFacilitatorOrNoSuchNetwork) {
        refused = true;
      }
    }
  }

  /** Signs a visitor in first; anyone but the network's facilitators gets a 404. */
  public void load() {
    if (!caller.isSignedIn() && slug != null) {
      PageAddress.signInFirst("/networks/" + slug + "/facilitate");
    } else if (refused || overview == null) {
      PageAddress.notFound();
    }
  }

  /** Saves after how many quiet days members are nudged. */
  public void saveNudgeDays() {
    try {
      facilitation.nudgeAfter(slug, nudgeDays == null ? 0 : nudgeDays);
      messages.info("nudge.days.saved");
      readAddress();
    } catch (InvalidInput refusal) {
      messages.fieldErrors("nudging", refusal.fieldErrors());
    }
  }

  public Integer getNudgeDays() {
    return nudgeDays == null && overview != null ? overview.nudgeDays() : nudgeDays;
  }

  public void setNudgeDays(Integer nudgeDays) {
    this.nudgeDays = nudgeDays;
  }

  public Overview getOverview() {
    return overview;
  }

  /** The filters as a query, for the CSV link. */
  public String getQuery() {
    return "?team="
        + encode(overview.team())
        + "&profession="
        + encode(overview.profession())
        + "&region="
        + encode(overview.region());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
