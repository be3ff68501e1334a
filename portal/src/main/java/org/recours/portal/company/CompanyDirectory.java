package org.recours.portal.company;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.HeadOffice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The companies known to the association, with the head offices their formal complaints go to. */
@Repository
public class CompanyDirectory {

    private final JdbcTemplate jdbc;

    CompanyDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every company, by name, in two queries (the case list's page shows them in a filter on every request). */
    public List<CompanyProfile> all() {
        var offices = new HashMap<String, List<HeadOffice>>();
        jdbc.query("""
                SELECT company_id, entity, street, postal_code, city, country FROM company_head_office
                 ORDER BY company_id, position""", row -> {
            offices.computeIfAbsent(row.getString(1), id -> new ArrayList<>())
                    .add(new HeadOffice(
                            row.getString(2), row.getString(3), row.getString(4), row.getString(5), row.getString(6)));
        });
        return jdbc.query(
                "SELECT company_id, name, consumer_mediator, response_window_months FROM company ORDER BY name",
                (row, n) -> new CompanyProfile(
                        row.getString(1),
                        row.getString(2),
                        offices.getOrDefault(row.getString(1), List.of()),
                        row.getString(3),
                        row.getInt(4)));
    }

    /** Adds the company or replaces what is known of it, its mediator known by its name only. */
    @org.springframework.transaction.annotation.Transactional
    public void save(CompanyProfile company) {
        save(company, ConsumerMediator.named(company.consumerMediator()));
    }

    /**
     * Adds the company or replaces what is known of it: name, head offices, consumer mediator (null: none known; its
     * name is the profile's), response window.
     */
    @org.springframework.transaction.annotation.Transactional
    public void save(CompanyProfile company, ConsumerMediator mediator) {
        var m = mediator == null
                ? new String[4]
                : new String[] {mediator.name(), mediator.website(), mediator.postalAddress(), mediator.email()};
        int updated = jdbc.update(
                "UPDATE company SET name = ?, consumer_mediator = ?, consumer_mediator_website = ?, "
                        + "consumer_mediator_address = ?, consumer_mediator_email = ?, response_window_months = ? "
                        + "WHERE company_id = ?",
                company.name(),
                m[0],
                m[1],
                m[2],
                m[3],
                company.responseWindowMonths(),
                company.companyId());
        if (updated == 0) {
            jdbc.update(
                    "INSERT INTO company (company_id, name, consumer_mediator, consumer_mediator_website, "
                            + "consumer_mediator_address, consumer_mediator_email, response_window_months) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    company.companyId(),
                    company.name(),
                    m[0],
                    m[1],
                    m[2],
                    m[3],
                    company.responseWindowMonths());
        }
        jdbc.update("DELETE FROM company_head_office WHERE company_id = ?", company.companyId());
        var position = 1;
        for (var office : company.headOffices()) {
            jdbc.update(
                    "INSERT INTO company_head_office (company_id, position, entity, street, postal_code, city, "
                            + "country) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    company.companyId(),
                    position++,
                    office.entity(),
                    office.street(),
                    office.postalCode(),
                    office.city(),
                    office.country());
        }
    }

    public Optional<CompanyProfile> find(String companyId) {
        var offices = jdbc.query(
                """
                SELECT entity, street, postal_code, city, country FROM company_head_office
                 WHERE company_id = ? ORDER BY position""",
                (row, n) -> new HeadOffice(
                        row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5)),
                companyId);
        return jdbc
                .query(
                        "SELECT company_id, name, consumer_mediator, response_window_months FROM company "
                                + "WHERE company_id = ?",
                        (row, n) -> new CompanyProfile(
                                row.getString(1), row.getString(2), offices, row.getString(3), row.getInt(4)),
                        companyId)
                .stream()
                .findFirst();
    }

    /** The company's consumer mediator with what the directory knows of it, empty when none is known. */
    public Optional<ConsumerMediator> mediator(String companyId) {
        return jdbc
                .query(
                        "SELECT consumer_mediator, consumer_mediator_website, consumer_mediator_address, "
                                + "consumer_mediator_email FROM company WHERE company_id = ? AND consumer_mediator IS NOT NULL",
                        (row, n) -> new ConsumerMediator(
                                row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
                        companyId)
                .stream()
                .findFirst();
    }
}
