package org.recours.portal.security;

import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.StaffRole;
import org.recours.portal.branch.Branches;
import org.recours.portal.staff.ApiTokens;
import org.recours.portal.staff.StaffAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On first start (no administrator yet) creates the {@code admin} account in its branch (created too when the
 * configured one is not yet managed) and prints its one-time password, once; it must be changed at first sign-in.
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

    AdministratorBootstrap(StaffAccounts accounts, Branches branches, ApiTokens tokens,
                           @Value("${recours.security.bootstrap-api-token:}") String bootstrapToken,
                           @Value("${recours.security.admin-branch:siege}") String adminBranch) {
        this.accounts = accounts;
        this.branches = branches;
        this.tokens = tokens;
        this.bootstrapToken = bootstrapToken;
        this.adminBranch = adminBranch;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.anyAdministrator()) {
            var password = accounts.generatePassword();
            branches.ensure(new BranchId(adminBranch));
            accounts.save(StaffAccounts.member(ADMIN, "Administrateur", "admin@recours.invalid", adminBranch),
                    StaffRole.ADMINISTRATOR, password);
            var message = "\n=== Recours: administrator account created: login '" + ADMIN + "', one-time password '"
                    + password + "'. Sign in, choose your own password, and create the staff accounts; this "
                    + "password is not shown again. ===\n";
            System.out.println(message);
            LOG.warn("Administrator account '{}' created on first start; its password was printed on the console.",
                    ADMIN);
        }
        if (!bootstrapToken.isBlank() && tokens.authenticate(bootstrapToken).isEmpty()) {
            tokens.register("bootstrap (configuration)", ADMIN, "configuration", bootstrapToken);
            LOG.info("Registered the bootstrap API token from recours.security.bootstrap-api-token for '{}'.", ADMIN);
        }
    }
}
