package org.parity.network.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The cached pages of posts stay bounded: a region that persistence.xml does not size would take
 * WildFly's shared query template (10,000 entries, some 25 posts each), enough for a crawler to
 * fill the heap.
 */
class PagesOfPostsRegionTest {

  @Test
  void theRegionThatPagesOfPostsUseHasASizeOfItsOwn() throws Exception {
    Map<String, String> properties = persistenceProperties();
    String prefix = properties.get("hibernate.cache.region_prefix");
    assertThat(prefix).as("the unit's region prefix").isNotBlank();

    String size =
        properties.get(
            "hibernate.cache.infinispan."
                + prefix
                + "."
                + Networks.PAGES_OF_POSTS
                + ".memory.size");

    assertThat(size).as("the size of region " + Networks.PAGES_OF_POSTS).isNotNull();
    assertThat(Integer.parseInt(size)).isBetween(1, 1000);
  }

  private static Map<String, String> persistenceProperties() throws Exception {
    Map<String, String> properties = new HashMap<>();
    try (InputStream xml =
        PagesOfPostsRegionTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      assertThat(xml).as("persistence.xml").isNotNull();
      NodeList found =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(xml)
              .getElementsByTagName("property");
      for (int i = 0; i < found.getLength(); i++) {
        Element property = (Element) found.item(i);
        properties.put(property.getAttribute("name"), property.getAttribute("value"));
      }
    }
    return properties;
  }
}
