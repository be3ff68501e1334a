package org.recours.eventjson;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.function.Function;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.DocumentId;
import org.recours.kernel.casefile.Sha256;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.TrackingNumber;

/**
 * The JSON form of stored messages and read models (Jackson 2, which Axon's serializer uses): dates as ISO text,
 * single-value ids as plain strings, so that {@code psql} shows events a person can read.
 *
 * <p>What it writes is stored for good (events, audit entries): {@code StoredEventFormsTest} and
 * {@code StoredAuditEntriesTest} fail when a change here alters a stored form.
 */
public final class RecoursJson {

    private RecoursJson() {}

    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(valueTypes())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The serializer Axon stores events, tokens and deadlines with (the application's {@code Serializer} bean). */
    public static Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(objectMapper()).build();
    }

    private static SimpleModule valueTypes() {
        var module = new SimpleModule("recours-value-types");
        asString(module, CaseId.class, CaseId::new);
        asString(module, ConsumerId.class, ConsumerId::parse);
        asString(module, StaffMemberId.class, StaffMemberId::new);
        asString(module, BranchId.class, BranchId::new);
        asString(module, TrackingNumber.class, TrackingNumber::new);
        asString(module, DocumentId.class, DocumentId::parse);
        asString(module, Sha256.class, Sha256::new);
        asString(module, org.recours.kernel.campaign.CampaignId.class, org.recours.kernel.campaign.CampaignId::new);
        asString(
                module,
                org.recours.kernel.campaign.ConsentId.class,
                value -> new org.recours.kernel.campaign.ConsentId(java.util.UUID.fromString(value)));
        return module;
    }

    private static <T> void asString(SimpleModule module, Class<T> type, Function<String, T> parse) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new FromStringDeserializer<>(type) {
            @Override
            protected T _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext context) {
                return parse.apply(value);
            }
        });
    }
}
