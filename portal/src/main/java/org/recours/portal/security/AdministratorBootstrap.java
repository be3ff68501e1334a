package org.recours.portal.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.branch.Branches;
import org.recours.portal.staff.ApiTokens;
import org.recours.portal.staff.StaffAccounts;
import org.recours.query.DataDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start (no administrator yet) creates the {@code admin} account in its branch (created too when the
 * configured one is not yet managed) and writes its one-time password, once, to {@code initial-admin-password} in
 * the data directory, a file only the application's own system account may read; the console says where. The
 * password never goes to the console or the log, which log collectors keep and many people read. It must be changed
 * at first sign-in.
 * A deployment may also provision an API token for its own automation with {@code recours.security.bootstrap-api-token}.
 */
@Component
class AdministratorBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);
    static final String ADMIN = "admin";

    private final StaffAccounts accounts;
    private final Branches branches;
    private final ApiTokens tokens;
    private final String bootstrapToken;
    private final String adminBranch;
    private final Path passwordFile;

    AdministratorBootstrap(
            StaffAccounts accounts,
            Branches branches,
            ApiTokens tokens,
            SecuritySettings settings,
            DataDirectory data) {
        this.accounts = accounts;
        this.branches = branches;
        this.tokens = tokens;
        this.bootstrapToken = settings.bootstrapApiToken();
        this.adminBranch = settings.adminBranch();
        this.passwordFile = data.resolve("initial-admin-password");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.anyAdministrator()) {
            var password = accounts.generatePassword();
            branches.ensure(new BranchId(adminBranch));
            accounts.save(
                    StaffAccounts.member(ADMIN, "Administrateur", "admin@recours.invalid", adminBranch),
                    StaffRole.ADMINISTRATOR,
                    password,
                    null);
            writeOwnerOnly(password);
            System.out.println("\n=== Recours: administrator account created: login '" + ADMIN + "', its one-time "
                    + "password is in " + passwordFile.toAbsolutePath() + " (readable by this system account only). "
                    + "Sign in, choose your own password, delete the file, and create the staff accounts. ===\n");
            LOG.warn(
                    "Administrator account '{}' created on first start; its one-time password is in {}.",
                    ADMIN,
                    passwordFile.toAbsolutePath());
        }
        if (!bootstrapToken.isBlank() && tokens.authenticate(bootstrapToken).isEmpty()) {
            tokens.register("bootstrap (configuration)", ADMIN, "configuration", bootstrapToken);
            LOG.info("Registered the bootstrap API token from recours.security.bootstrap-api-token for '{}'.", ADMIN);
        }
    }

    /** Created empty with owner-only permissions before the password is written (never readable by others). */
    private void writeOwnerOnly(String password) {
        try {
            Files.createDirectories(passwordFile.toAbsolutePath().getParent());
            Files.deleteIfExists(passwordFile);
            if (passwordFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(
                        passwordFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(passwordFile);
                var file = passwordFile.toFile();
                file.setReadable(false, false);
                file.setReadable(true, true);
                file.setWritable(false, false);
                file.setWritable(true, true);
            }
            Files.writeString(passwordFile, password + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the administrator's one-time password to " + passwordFile, e);
        }
    }
}
