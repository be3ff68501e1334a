package org.recours.query.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code recours.evidence.signing.*}: the association's evidence-signing key.
 *
 * @param keystore PKCS#12 keystore with the key and its certificate; empty: a self-signed key is generated under
 *                 {@code ${recours.data-dir}/signing} on first start (the log says so)
 * @param password the keystore's password
 * @param alias    the key's alias in the keystore
 */
@ConfigurationProperties("recours.evidence.signing")
public record SigningSettings(
        @DefaultValue("") String keystore,
        @DefaultValue("") String password,
        @DefaultValue("recours-evidence") String alias) {}
