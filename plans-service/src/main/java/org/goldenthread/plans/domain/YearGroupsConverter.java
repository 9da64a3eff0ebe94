package org.goldenthread.plans.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Year groups as canonical text ("3,4,5"), sorted, so equal sets compare equal in SQL too. */
@Converter
public class YearGroupsConverter implements AttributeConverter<List<Integer>, String> {
    @Override
    public String convertToDatabaseColumn(List<Integer> years) {
        return years == null || years.isEmpty() ? null
                : years.stream().distinct().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Integer> convertToEntityAttribute(String text) {
        return text == null || text.isBlank() ? null
                : Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
