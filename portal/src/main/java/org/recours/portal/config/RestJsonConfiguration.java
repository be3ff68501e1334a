package org.recours.portal.config;

import java.math.BigDecimal;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Require;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The REST API's JSON (Jackson 3): the kernel's single-value ids as plain strings, as in the stored events; and no
 * text with control characters (a null byte, an escape sequence) but tab and line breaks, nor lone UTF-16 surrogates:
 * refused with a 400, they never reach the events, the database or the exports; no number of absurd size.
 */
@Configuration(proxyBeanMethods = false)
class RestJsonConfiguration {

    @Bean
    JacksonModule recoursValueTypes() {
        var module = new SimpleModule("recours-value-types");
        for (var type : new Class<?>[] {
            CaseId.class,
            ConsumerId.class,
            StaffMemberId.class,
            BranchId.class,
            TrackingNumber.class,
            DocumentId.class,
            Sha256.class
        }) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        module.addDeserializer(String.class, new TextWithoutControlCharacters());
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        return module;
    }

    /**
     * A decimal of at most 30 digits and an exponent within ±30: {@code 1E+999999999} is 12 characters, within any
     * length limit, but its plain form is a billion digits (an OutOfMemoryError where it is written out). Jackson's
     * StreamReadConstraints bound the text of a number, not its exponent; this bounds both. No amount the API takes
     * comes near.
     */
    static final class BoundedDecimal extends ValueDeserializer<BigDecimal> {

        private static final int MOST_DIGITS = 30;

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) {
            var value = (BigDecimal) NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && (value.precision() > MOST_DIGITS || Math.abs(value.scale()) > MOST_DIGITS)) {
                throw InvalidFormatException.from(
                        parser, "number out of bounds", "nombre hors limites", BigDecimal.class);
            }
            return value;
        }
    }

    static final class TextWithoutControlCharacters extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && Require.hasUnacceptableCharacter(text)) {
                throw InvalidFormatException.from(parser, "control character in text", text, String.class);
            }
            return text;
        }
    }
}
