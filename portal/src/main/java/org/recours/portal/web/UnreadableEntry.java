package org.recours.portal.web;

import org.recours.kernel.casefile.InvalidCaseData;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * What a page's form could not read (a missing date, an amount that is not a number): its words are a message code,
 * so that the page says it in its language. The field's label is an argument, itself a message code.
 */
public class UnreadableEntry extends InvalidCaseData implements MessageSourceResolvable {

    private final String code;
    private final Object[] arguments;

    UnreadableEntry(String field, String code, String labelCode, String typed) {
        this(field, code, new DefaultMessageSourceResolvable(new String[] {labelCode}, null, labelCode), typed);
    }

    private UnreadableEntry(String field, String code, Object... arguments) {
        super(field, code + " (" + field + ")");
        this.code = code;
        this.arguments = arguments;
    }

    /**
     * A page's own refusal (an account or a company already there): a message code, with its arguments (message
     * codes themselves or values).
     */
    public static UnreadableEntry of(String field, String code, Object... arguments) {
        return new UnreadableEntry(field, code, arguments);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }
}
