package org.recours.portal.security;

import java.util.List;

/** The API paths anyone may call without a token; the security chain and the OpenAPI description both read them. */
public final class PublicApi {

    /** The association's evidence-signing certificate: third parties check bundles by it. */
    public static final List<String> PATHS = List.of("/api/signing-certificate", "/api/signing-certificate.pem");

    private PublicApi() {}
}
