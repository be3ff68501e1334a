package org.recours.portal.evidence;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;
import org.springframework.util.unit.DataSize;

/** A document larger than the configured limit ({@code recours.evidence.max-size}). */
public class DocumentTooLarge extends RuntimeException implements KeyedRefusal {

    private final transient RefusalText text;

    public DocumentTooLarge(DataSize limit) {
        this(RefusalText.of("check.document-too-large", limit.toMegabytes()));
    }

    private DocumentTooLarge(RefusalText text) {
        super(text.french());
        this.text = text;
    }

    @Override
    public RefusalText text() {
        return text;
    }
}
