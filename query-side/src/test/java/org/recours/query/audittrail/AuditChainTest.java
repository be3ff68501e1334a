package org.recours.query.audittrail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recours.testing.casefile.ReferenceCase.CASE;

import org.junit.jupiter.api.Test;
import org.recours.kernel.casefile.query.AuditEntry;

class AuditChainTest {

    private final AuditEntry entry = new AuditEntry(
            CASE.value(),
            0,
            "494eca7d-7a1d-4d97-a590-d5234c54645d",
            "2026-11-25T08:21:39.017Z",
            "marie",
            "NoteAdded",
            "Note : appel reçu",
            "Note: call received",
            "{\"caseId\":\"RC-7K2M-9QXD\",\"text\":\"appel reçu\"}",
            AuditEntry.GENESIS,
            null);

    @Test
    void hashesTheNetstringsOfTheFieldsInTheDocumentedOrder() {
        // computed independently with Python's hashlib, following docs/evidence-format.md
        assertThat(AuditChain.hash(entry)).isEqualTo(EXPECTED);
    }

    @Test
    void anyChangeToAFieldChangesTheHash() {
        var changed = new AuditEntry(
                entry.caseId(),
                entry.position(),
                entry.eventId(),
                entry.recordedAt(),
                "lucas",
                entry.kind(),
                entry.summaryFr(),
                entry.summaryEn(),
                entry.data(),
                entry.previousHash(),
                null);
        assertThat(AuditChain.hash(changed)).isNotEqualTo(AuditChain.hash(entry));
    }

    @Test
    void movingTextFromOneFieldToTheNextChangesTheHash() {
        var shifted = new AuditEntry(
                entry.caseId(),
                entry.position(),
                entry.eventId(),
                entry.recordedAt(),
                "mari",
                "eNoteAdded",
                entry.summaryFr(),
                entry.summaryEn(),
                entry.data(),
                entry.previousHash(),
                null);
        assertThat(AuditChain.hash(shifted)).isNotEqualTo(AuditChain.hash(entry));
    }

    private static final String EXPECTED = "6bab571ba3de2a1018e0c510889f7ec949273d9db7a9877eaaaf1975cd734f5f";
}
