package org.goldenthread.plans.domain;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Text-column converters for the small lists entities keep as JSON. */
public final class Converters {
    private Converters() {
    }

    abstract static class JsonList<T> implements AttributeConverter<List<T>, String> {
        private final TypeReference<List<T>> type;

        JsonList(TypeReference<List<T>> type) {
            this.type = type;
        }

        @Override
        public String convertToDatabaseColumn(List<T> value) {
            return JsonText.write(value == null ? List.of() : value);
        }

        @Override
        public List<T> convertToEntityAttribute(String text) {
            return text == null || text.isBlank() ? List.of() : List.copyOf(JsonText.read(text, type));
        }
    }

    @Converter
    public static class Strings extends JsonList<String> {
        public Strings() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class KeyIssues extends JsonList<KeyIssue> {
        public KeyIssues() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class SelfEvaluationLinks extends JsonList<SelfEvaluationLink> {
        public SelfEvaluationLinks() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class ReviewRatings extends JsonList<ReviewRating> {
        public ReviewRatings() {
            super(new TypeReference<>() {
            });
        }
    }

    @Converter
    public static class FieldChanges extends JsonList<FieldChange> {
        public FieldChanges() {
            super(new TypeReference<>() {
            });
        }
    }
}
