package org.citycoop.platform.web;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Every JSON string a service reads (values, in collections and records, and map keys) must be
 * storable ({@link StorableText}); otherwise reading fails with {@link UnstorableText}, which
 * {@link ProblemDetailsAdvice} answers as a 400 naming the field by its JSON path. Jackson's own
 * string reading is kept (coercions and all); this only checks its result.
 */
public class StorableStrings extends SimpleModule {

    private static final long serialVersionUID = 1L;

    public StorableStrings() {
        super("citycoop-storable-strings");
        addDeserializer(String.class, new Checked());
        addKeyDeserializer(String.class, new CheckedKey());
    }

    /** A JSON string that cannot be stored; Jackson adds the path to the field as it unwinds. */
    public static final class UnstorableText extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        UnstorableText(JsonParser parser) {
            super(parser, "text that cannot be stored (a NUL or a broken UTF-16 surrogate)", null, String.class);
        }
    }

    static final class Checked extends StdScalarDeserializer<String> {

        private static final long serialVersionUID = 1L;

        Checked() {
            super(String.class);
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            return checked(parser, StringDeserializer.instance.deserialize(parser, context));
        }

        @Override
        public String deserializeWithType(JsonParser parser, DeserializationContext context, TypeDeserializer types) throws JacksonException {
            return checked(parser, StringDeserializer.instance.deserializeWithType(parser, context, types));
        }
    }

    static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
            return checked(context.getParser(), key);
        }
    }

    private static String checked(JsonParser parser, String value) {
        if (value != null && !StorableText.isStorable(value)) {
            throw new UnstorableText(parser);
        }
        return value;
    }
}
