package org.recours.portal.antivirus;

import org.recours.kernel.casefile.KeyedRefusal;
import org.recours.kernel.casefile.RefusalText;

/** A document in which the antivirus found a virus or malicious code: refused, never stored. */
public class InfectedDocument extends RuntimeException implements KeyedRefusal {

    private final String fileName;
    private final String signature;
    private final transient RefusalText text;

    public InfectedDocument(String fileName, String signature) {
        this(fileName, signature, RefusalText.of("check.infected-document", fileName, signature));
    }

    private InfectedDocument(String fileName, String signature, RefusalText text) {
        super(text.french());
        this.fileName = fileName;
        this.signature = signature;
        this.text = text;
    }

    public String fileName() {
        return fileName;
    }

    /** The name of the signature that matched, as clamd reports it. */
    public String signature() {
        return signature;
    }

    @Override
    public RefusalText text() {
        return text;
    }
}
