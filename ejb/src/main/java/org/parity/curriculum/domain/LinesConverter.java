package org.parity.curriculum.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** Stores a list of short texts (outcomes, taxonomy codes) one per line. */
@Converter
public class LinesConverter implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> lines) {
    return lines == null
        ? ""
        : String.join("\n", lines.stream().map(l -> l.replace('\n', ' ').trim()).toList());
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank()
        ? List.of()
        : Arrays.stream(column.split("\n")).map(String::trim).filter(l -> !l.isEmpty()).toList();
  }
}
