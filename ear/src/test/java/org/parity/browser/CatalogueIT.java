package org.parity.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The starter curricula, published on first start, in the catalogue, on their pages and in the API.
 */
class CatalogueIT extends BrowserTest {

  private static final String FOUNDATIONS = "Whole-person care: foundations";
  private static final String ESSENTIALS = "Whole-person care in general practice: essentials";

  @Test
  void theCatalogueFiltersByPublisherAndKeepsTheFilterInTheAddress() {
    browser.open("/curricula");
    assertThat(browser.text(".result-list")).contains(FOUNDATIONS).contains(ESSENTIALS);

    new Select(browser.find("#publisher"))
        .selectByVisibleText("Primary Care Learning Collaborative (demo)");
    new Select(browser.find("#priorityArea"))
        .selectByVisibleText("Providing integrated support for perinatal mental health");
    browser.submit("#apply-filters");
    assertThat(browser.url())
        .contains("publisher=primary-care-learning-collaborative-demo")
        .contains("priorityArea=PERINATAL");
    assertThat(new Select(browser.find("#publisher")).getFirstSelectedOption().getText())
        .isEqualTo("Primary Care Learning Collaborative (demo)");
    assertThat(browser.text(".result-list")).contains(FOUNDATIONS).contains(ESSENTIALS);

    new Select(browser.find("#priorityArea"))
        .selectByVisibleText("Supporting mental health in acute hospitals");
    browser.submit("#apply-filters");
    assertThat(browser.text(".result-list")).contains(FOUNDATIONS).doesNotContain(ESSENTIALS);
  }

  @Test
  void aCurriculumShowsItsPublishersAndItsModulesInOrderWithTheirOwners() {
    browser.open("/curricula/whole-person-care-foundations");
    assertThat(browser.text("h1")).isEqualTo(FOUNDATIONS);
    assertThat(browser.text("#publishers"))
        .contains("College of Whole-Person Care (demo)")
        .contains("Primary Care Learning Collaborative (demo)");
    assertThat(browser.findAll("#modules > li")).hasSize(10);
    assertThat(browser.findAll("#modules > li").get(0).getText())
        .contains("Mental health in public health programmes");
    assertThat(browser.findAll("#modules > li").get(8).getText())
        .contains("Integrated support for perinatal mental health")
        .contains("Primary Care Learning Collaborative (demo)")
        .contains("15 minutes");
    assertThat(browser.text("#version")).contains("Version 1, published");
  }

  @Test
  void aSharedModuleSaysWhereItIsUsed() {
    browser.open("/modules/perinatal-mental-health");
    assertThat(browser.text("#owner")).isEqualTo("Primary Care Learning Collaborative (demo)");
    assertThat(browser.text("#usage")).isEqualTo("Used in 2 curricula by 2 publishers");
    assertThat(browser.findAll("#units li")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void anUnknownCurriculumOrModuleIs404() throws Exception {
    assertThat(ApiSession.anonymous(base).get("/curricula/no-such-curriculum").statusCode())
        .isEqualTo(404);
    assertThat(ApiSession.anonymous(base).get("/modules/no-such-module").statusCode())
        .isEqualTo(404);
    assertThat(ApiSession.anonymous(base).get("/modules/Bad..Slug").statusCode()).isEqualTo(404);
    assertThat(ApiSession.anonymous(base).get("/api/v1/curricula/no-such-curriculum").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theApiListsCurriculaWithPublishersVersionAndModules() throws Exception {
    HttpResponse<String> list = ApiSession.anonymous(base).get("/api/v1/curricula");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body())
        .contains("\"slug\":\"whole-person-care-foundations\"")
        .contains("\"version\":1")
        .contains("\"modules\":[\"mental-health-in-public-health\"")
        .contains("\"slug\":\"college-of-whole-person-care-demo\"");

    HttpResponse<String> one =
        ApiSession.anonymous(base).get("/api/v1/curricula/primary-care-whole-person-essentials");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body())
        .contains("\"slug\":\"medically-unexplained-symptoms-in-primary-care\"")
        .contains("\"owner\":{\"name\":\"College of Whole-Person Care (demo)\"");

    HttpResponse<String> module =
        ApiSession.anonymous(base).get("/api/v1/modules/mental-health-in-care-homes");
    assertThat(module.statusCode()).isEqualTo(200);
    assertThat(module.body()).contains("\"questionBankSize\":8");
  }
}
