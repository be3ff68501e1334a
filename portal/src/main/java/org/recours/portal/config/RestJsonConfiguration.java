package org.recours.portal.config;

import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The REST API's JSON (Jackson 3): the kernel's single-value ids as plain strings, as in the stored events; and no
 * text with control characters (a null byte, an escape sequence) but tab and line breaks: refused with a 400, they
 * never reach the events, the database or the exports.
 */
@Configuration(proxyBeanMethods = false)
class RestJsonConfiguration {

    @Bean
    JacksonModule recoursValueTypes() {
        var module = new SimpleModule("recours-value-types");
        for (var type : new Class<?>[] {CaseId.class, ConsumerId.class, StaffMemberId.class, BranchId.class,
                TrackingNumber.class, DocumentId.class, Sha256.class}) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        module.addDeserializer(String.class, new TextWithoutControlCharacters());
        return module;
    }

    static final class TextWithoutControlCharacters extends ValueDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            var text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && hasControlCharacter(text)) {
                throw InvalidFormatException.from(parser, "control character in text", text, String.class);
            }
            return text;
        }

        private static boolean hasControlCharacter(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                    return true;
                }
            }
            return false;
        }
    }
}
