package io.kling4j.client;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The base of every generated params and value type ({@code TextToVideoParams}, {@code MultiPromptItem}): an
 * immutable JSON object held as its wire names, in the order set, so that a field the spec does not know yet is
 * sent like any other ({@link Builder#putAdditionalProperty(String, Object)}). Serialised by Jackson as that object.
 */
public abstract class WireObject {
    private final Map<String, Object> fields;

    /** @param builder the builder whose fields this object copies */
    protected WireObject(Builder<?> builder) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
    }

    /** @return every field set, by wire name, in the order set (unmodifiable) */
    @JsonValue
    public final Map<String, Object> fields() {
        return fields;
    }

    /**
     * @param <T> the field's type
     * @param name a wire name
     * @return its value, or null when not set
     */
    @SuppressWarnings("unchecked")
    protected final <T> T field(String name) {
        return (T) fields.get(name);
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && fields.equals(((WireObject) o).fields);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass().getName(), fields);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + fields;
    }

    /**
     * Collects fields by wire name; a null value leaves a field unset.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        /** For generated builders. */
        protected Builder() {
        }

        /**
         * @param from an object whose fields this builder starts from
         */
        protected Builder(WireObject from) {
            fields.putAll(from.fields);
        }

        /**
         * Sets a field by its wire name, also one the spec does not know yet (sent unchanged).
         *
         * @param name the JSON field name
         * @param value its value (anything Jackson writes: a string, number, boolean, list, map or value type), or
         *     null to unset it
         * @return this builder
         */
        @SuppressWarnings("unchecked")
        public final B putAdditionalProperty(String name, Object value) {
            Objects.requireNonNull(name, "name");
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value instanceof List<?> list ? List.copyOf(list) : value);
            }
            return (B) this;
        }
    }
}
