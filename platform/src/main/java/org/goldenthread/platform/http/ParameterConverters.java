package org.goldenthread.platform.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import org.goldenthread.platform.problem.FieldError;
import org.goldenthread.platform.problem.Problem;
import org.goldenthread.platform.problem.ProblemTypes;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query and header parameters of enum, UUID and date types: a value that does not convert is a
 * 400 naming the parameter and what it must be (JAX-RS alone would answer 404).
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a UUID", UUID::fromString, UUID::toString);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, "must be a date (YYYY-MM-DD)", LocalDate::parse,
                    LocalDate::toString);
        }
        return null;
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof HeaderParam h) {
                return h.value();
            }
            if (a instanceof org.jboss.resteasy.reactive.RestQuery q) {
                return q.value();
            }
        }
        return null;
    }

    static BadRequestException invalid(String name, String message, String value) {
        Problem problem = new Problem(ProblemTypes.VALIDATION, "Invalid request", 400, name + " " + message, null, null,
                List.of(new FieldError(name, message, null, value == null || value.length() > 100 ? null : value)));
        return new BadRequestException(Response.status(400).type(ProblemTypes.MEDIA_TYPE).entity(problem).build());
    }

    private record Converter<T>(String name, String message, java.util.function.Function<String, T> parse,
                                java.util.function.Function<T, String> format) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parse.apply(value.trim());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw invalid(name, message, value);
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : format.apply(value);
        }
    }

    private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
        @Override
        public E fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.trim());
            } catch (IllegalArgumentException e) {
                throw invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                        .collect(Collectors.joining(", ")), value);
            }
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
