package org.recours.portal.antivirus;

import org.springframework.context.MessageSourceResolvable;

/** A document in which the antivirus found a virus or malicious code: refused, never stored. */
public class InfectedDocument extends RuntimeException implements MessageSourceResolvable {

    private final String fileName;
    private final String signature;

    public InfectedDocument(String fileName, String signature) {
        super("L'antivirus a trouvé un virus ou un code malveillant (" + signature + ") dans le document « " + fileName
                + " » : il est refusé et n'a pas été enregistré.");
        this.fileName = fileName;
        this.signature = signature;
    }

    public String fileName() {
        return fileName;
    }

    /** The name of the signature that matched, as clamd reports it. */
    public String signature() {
        return signature;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"refusal.InfectedDocument"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {fileName, signature};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
