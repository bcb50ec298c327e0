package org.parity.platform.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/**
 * The Chart.js configuration PrimeFaces' {@code p:chart} takes as JSON: datasets, and the options
 * every Parity chart shares (fills its box, y axis from zero).
 */
public final class ChartJs {

  private ChartJs() {}

  /**
   * One series: its type (null: the chart's), label, values and colours (null: Chart.js's own); add
   * more keys to the builder as needed.
   */
  public static JsonObjectBuilder dataset(
      String type, String label, JsonArrayBuilder data, String border, String background) {
    JsonObjectBuilder dataset = Json.createObjectBuilder();
    if (type != null) {
      dataset.add("type", type);
    }
    dataset.add("label", label).add("data", data);
    if (border != null) {
      dataset.add("borderColor", border);
    }
    if (background != null) {
      dataset.add("backgroundColor", background);
    }
    return dataset;
  }

  /** The whole configuration; {@code counts} keeps the y axis to whole numbers. */
  public static String chart(
      String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean counts) {
    JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
    if (counts) {
      y.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", y)))
        .build()
        .toString();
  }
}
