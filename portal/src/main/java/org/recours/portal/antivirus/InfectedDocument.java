package org.recours.portal.antivirus;

import java.text.MessageFormat;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;

/** A document in which the antivirus found a virus or malicious code: refused, never stored. */
public class InfectedDocument extends RuntimeException implements MessageSourceResolvable {

    /** The French wording, a {@link MessageFormat} pattern as the pages' messages are ({@code ''}: an apostrophe). */
    private static final String FRENCH = "L''antivirus a trouvé un virus ou un code malveillant ({1}) dans le document "
            + "« {0} » : il est refusé et n''a pas été enregistré.";

    private final String fileName;
    private final String signature;

    public InfectedDocument(String fileName, String signature) {
        super(new MessageFormat(FRENCH, Locale.FRENCH).format(new Object[] {fileName, signature}));
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
        return FRENCH;
    }
}
