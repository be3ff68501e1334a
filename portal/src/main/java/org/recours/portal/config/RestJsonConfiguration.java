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
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/** The REST API's JSON (Jackson 3): the kernel's single-value ids as plain strings, as in the stored events. */
@Configuration(proxyBeanMethods = false)
class RestJsonConfiguration {

    @Bean
    JacksonModule recoursValueTypes() {
        var module = new SimpleModule("recours-value-types");
        for (var type : new Class<?>[] {CaseId.class, ConsumerId.class, StaffMemberId.class, BranchId.class,
                TrackingNumber.class, DocumentId.class, Sha256.class}) {
            module.addSerializer(type, ToStringSerializer.instance);
        }
        return module;
    }
}
