package org.recours.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.postgresql.PGConnection;
import org.recours.eventjson.RecoursJson;
import org.recours.kernel.casefile.ActorMetaData;
import org.recours.kernel.casefile.BranchId;
import org.recours.kernel.casefile.CaseClosed;
import org.recours.kernel.casefile.CaseEvent;
import org.recours.kernel.casefile.CaseId;
import org.recours.kernel.casefile.CaseReopened;
import org.recours.kernel.casefile.Category;
import org.recours.kernel.casefile.CompanyProfile;
import org.recours.kernel.casefile.ComplaintFiled;
import org.recours.kernel.casefile.ConsumerId;
import org.recours.kernel.casefile.ContactChannel;
import org.recours.kernel.casefile.CourtActionRecorded;
import org.recours.kernel.casefile.HeadOffice;
import org.recours.kernel.casefile.HelpCentreConsulted;
import org.recours.kernel.casefile.LetterDelivered;
import org.recours.kernel.casefile.LetterSent;
import org.recours.kernel.casefile.MediationConcluded;
import org.recours.kernel.casefile.MediationOutcome;
import org.recours.kernel.casefile.MediationRequested;
import org.recours.kernel.casefile.Money;
import org.recours.kernel.casefile.NoteAdded;
import org.recours.kernel.casefile.PersonalDataErased;
import org.recours.kernel.casefile.ReminderDue;
import org.recours.kernel.casefile.ReminderKind;
import org.recours.kernel.casefile.Resolution;
import org.recours.kernel.casefile.ResponseAssessment;
import org.recours.kernel.casefile.ResponseDeadlineExpired;
import org.recours.kernel.casefile.ResponseReceived;
import org.recours.kernel.casefile.SendingMethod;
import org.recours.kernel.casefile.StaffMemberId;
import org.recours.kernel.casefile.SupportContacted;
import org.recours.kernel.casefile.TrackingNumber;
import org.recours.kernel.law.LegalDeadlines;
import org.recours.testing.casefile.ReferenceCase;

/**
 * Fills a freshly migrated Recours database with cases as the application writes them: the kernel's event records,
 * serialised by Axon's {@code JacksonSerializer} on {@code RecoursJson}'s mapper (the application's serializer), with the
 * actor metadata the application copies from commands, aggregate sequence numbers from 0, the event store's global
 * order following the time the events were recorded, and the consumers' personal data in the vault. Events are
 * streamed into {@code domain_event_entry} with {@code COPY}; the projections are then built by the application itself.
 *
 * <p>What it writes: companies (the directory), staff members (no password, no token), consumers, events. What it does
 * not: scheduled deadlines ({@code scheduled_tasks}; the format belongs to Axon's db-scheduler deadline manager, and
 * the list and search do not read them), evidence documents (no {@code EvidenceAttached} events), outbox rows.
 * Deterministic for a given seed.
 */
final class CaseSeed {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] BRANCH_NAMES = {
        "paris-11",
        "paris-15",
        "paris-18",
        "lyon-3",
        "lyon-7",
        "marseille-1",
        "marseille-8",
        "toulouse",
        "nice",
        "nantes",
        "strasbourg",
        "montpellier",
        "bordeaux",
        "lille",
        "rennes",
        "reims",
        "saint-etienne",
        "toulon",
        "le-havre",
        "grenoble",
        "dijon",
        "angers",
        "nimes",
        "villeurbanne",
        "clermont-ferrand",
        "le-mans",
        "aix-en-provence",
        "brest",
        "tours",
        "amiens",
        "limoges",
        "annecy",
        "perpignan",
        "boulogne",
        "metz",
        "besancon",
        "orleans",
        "rouen",
        "mulhouse",
        "caen"
    };
    private static final String[] FIRST = {
        "Camille",
        "Léa",
        "Manon",
        "Chloé",
        "Inès",
        "Sarah",
        "Jade",
        "Louise",
        "Emma",
        "Alice",
        "Lucas",
        "Hugo",
        "Louis",
        "Nathan",
        "Gabriel",
        "Jules",
        "Arthur",
        "Adam",
        "Raphaël",
        "Thomas",
        "Nicolas",
        "Julien",
        "Sophie",
        "Marie",
        "Isabelle",
        "Nathalie",
        "Pierre",
        "Jean",
        "Michel",
        "Philippe",
        "Sylvie",
        "Catherine",
        "Françoise",
        "Yasmine",
        "Mohamed",
        "Karim",
        "Fatima",
        "Amina",
        "Théo",
        "Zoé"
    };
    private static final String[] LAST = {
        "Martin",
        "Bernard",
        "Thomas",
        "Petit",
        "Robert",
        "Richard",
        "Durand",
        "Dubois",
        "Moreau",
        "Laurent",
        "Simon",
        "Michel",
        "Lefebvre",
        "Leroy",
        "Roux",
        "David",
        "Bertrand",
        "Morel",
        "Fournier",
        "Girard",
        "Bonnet",
        "Dupont",
        "Lambert",
        "Fontaine",
        "Rousseau",
        "Vincent",
        "Muller",
        "Lefèvre",
        "Faure",
        "André",
        "Mercier",
        "Blanc",
        "Guérin",
        "Boyer",
        "Garnier",
        "Chevalier",
        "François",
        "Legrand",
        "Gauthier",
        "Garcia",
        "Perrin",
        "Robin",
        "Clément",
        "Morin",
        "Nicolas",
        "Henry",
        "Roussel",
        "Mathieu",
        "Gautier",
        "Masson",
        "Marchand",
        "Duval",
        "Denis",
        "Dumont",
        "Marie",
        "Lemaire",
        "Noël",
        "Meyer",
        "Dufour",
        "Meunier",
        "Brun",
        "Blanchard",
        "Giraud",
        "Joly",
        "Rivière",
        "Lucas",
        "Brunet",
        "Gaillard",
        "Barbier",
        "Arnaud",
        "Martinez",
        "Gérard",
        "Roche",
        "Renard",
        "Schmitt",
        "Roy",
        "Leroux",
        "Colin",
        "Vidal",
        "Caron",
        "Picard",
        "Roger",
        "Fabre",
        "Aubert",
        "Lemoine",
        "Renaud",
        "Dumas",
        "Lacroix",
        "Olivier",
        "Philippe",
        "Bourgeois",
        "Pierre",
        "Benoît",
        "Rey",
        "Leclerc",
        "Payet",
        "Rolland",
        "Leclercq",
        "Guillaume",
        "Lecomte"
    };
    private static final String[] COMPANY_NAMES = {
        ReferenceCase.COMPANY_NAME,
        "Netflix France",
        "Canal Plus",
        "Orange",
        "SFR",
        "Bouygues Telecom",
        "Free",
        "EDF",
        "Engie",
        "TotalEnergies Électricité",
        "SNCF Voyageurs",
        "Air France",
        "Fnac Darty",
        "Cdiscount",
        "Boulanger",
        "Leboncoin",
        "Vinted",
        "Spotify France",
        "Deezer",
        "Disney Plus",
        "Apple Distribution",
        "Google Ireland",
        "Microsoft France",
        "PayPal Europe",
        "Revolut",
        "Boursorama",
        "La Poste",
        "Chronopost",
        "Colissimo",
        "DHL Express France",
        "UPS France",
        "Uber France",
        "Booking.com",
        "Airbnb Ireland",
        "Ryanair",
        "easyJet",
        "Decathlon",
        "Ikea France",
        "Conforama",
        "Leroy Merlin",
        "Castorama",
        "Carrefour",
        "Auchan",
        "Lidl France",
        "Veepee",
        "Zalando",
        "Shein",
        "Temu",
        "AliExpress",
        "Sosh",
        "Red by SFR",
        "Salto",
        "Molotov",
        "Dazn France",
        "Basic-Fit",
        "Fitness Park",
        "Direct Assurance",
        "Macif",
        "Maaf",
        "Hello bank"
    };
    private static final String[] FACT_WORDS = {
        "abonnement",
        "résiliation",
        "prélèvement",
        "remboursement",
        "facture",
        "publicité",
        "compte",
        "bloqué",
        "colis",
        "livraison",
        "retard",
        "annulation",
        "frais",
        "commande",
        "garantie",
        "panne",
        "service",
        "client",
        "injoignable",
        "mot de passe",
        "données",
        "bancaires",
        "fuite",
        "contrat",
        "engagement",
        "augmentation",
        "tarif",
        "offre",
        "promotion",
        "mensongère",
        "qualité",
        "image",
        "coupure",
        "internet",
        "mobile",
        "forfait",
        "option",
        "carte",
        "débit",
        "double",
        "erreur",
        "vol",
        "bagage",
        "perdu",
        "billet",
        "train",
        "avion",
        "hôtel",
        "réservation",
        "produit",
        "défectueux",
        "échange",
        "retour",
        "magasin",
        "vendeur",
        "pièce",
        "réparation",
        "électricité",
        "compteur",
        "relevé"
    };

    record Company(String id, CompanyProfile profile) {}

    record Staff(String login, BranchId branch) {}

    record Counts(int cases, long events, int consumers, int companies, int staff, double seconds) {}

    /** A case's plan: its events' kinds and the instants they were recorded at, in order. */
    private static final class Plan {
        final int index;
        final long seed;
        long[] times;
        byte[] kinds;
        int next;

        Plan(int index, long seed) {
            this.index = index;
            this.seed = seed;
        }
    }

    private static final byte FILED = 0,
            HELP = 1,
            SUPPORT = 2,
            LETTER = 3,
            DELIVERED = 4,
            RESPONSE = 5,
            APPROACHING = 6,
            EXPIRED = 7,
            MEDIATION = 8,
            CONCLUDED = 9,
            COURT = 10,
            CLOSED = 11,
            REOPENED = 12,
            ERASED = 13,
            NOTE = 14;

    private final int cases;
    private final long events;
    private final Instant now;
    private final long seed;
    private final List<Company> companies = new ArrayList<>();
    private final List<Staff> staff = new ArrayList<>();
    private final Serializer serializer = RecoursJson.serializer();
    /** When set, every case is against the first company on this ground and none is closed: a campaign's members. */
    private Category grievance;

    /**
     * A seed of cases that share one grievance ({@code ground} against the first company, Amazon Prime Video) and stay
     * open, as the members of a campaign do; otherwise as {@link #CaseSeed(int, long, Instant, long)}.
     */
    static CaseSeed sharedGrievance(int cases, long events, Instant now, long seed, Category ground) {
        var shared = new CaseSeed(cases, events, now, seed);
        shared.grievance = ground;
        return shared;
    }

    CaseSeed(int cases, long events, Instant now, long seed) {
        this.cases = cases;
        this.events = events;
        this.now = now;
        this.seed = seed;
        for (int i = 0; i < COMPANY_NAMES.length; i++) {
            var name = COMPANY_NAMES[i];
            var id = i == 0 ? ReferenceCase.COMPANY_ID : slug(name);
            var offices = i == 0
                    ? List.of(ReferenceCase.CLICHY, ReferenceCase.LUXEMBOURG)
                    : List.of(new HeadOffice(
                            name + " SAS",
                            (10 + i) + " rue de la République",
                            "750" + (10 + i % 10),
                            "Paris",
                            "France"));
            companies.add(new Company(
                    id,
                    new CompanyProfile(id, name, offices, i == 0 ? null : "Médiateur de " + name, i % 7 == 3 ? 1 : 2)));
        }
        for (var branch : BRANCH_NAMES) {
            for (int k = 1; k <= 5; k++) {
                staff.add(new Staff(branch + "-agent-" + k, new BranchId(branch)));
            }
        }
    }

    /** The seed that filled the database at {@code url}, to regenerate its cases. */
    static CaseSeed of(String url, String user, String password) throws Exception {
        try (var connection = DriverManager.getConnection(url, user, password);
                var rows = connection
                        .createStatement()
                        .executeQuery("SELECT obj_description('domain_event_entry'::regclass)")) {
            rows.next();
            var fields = rows.getString(1).split(" ");
            return new CaseSeed(
                    Integer.parseInt(fields[4]),
                    Long.parseLong(fields[5]),
                    Instant.ofEpochMilli(Long.parseLong(fields[3])),
                    Long.parseLong(fields[2]));
        }
    }

    List<Staff> staff() {
        return staff;
    }

    List<Company> companies() {
        return companies;
    }

    /** Writes everything into the (migrated, empty) database; drops and re-adds the event table's unique keys around the load. */
    Counts load(String url, String user, String password) throws Exception {
        long began = System.nanoTime();
        var plans = plan();
        int consumers;
        try (var connection = DriverManager.getConnection(url, user, password)) {
            connection.setAutoCommit(false);
            directory(connection);
            try (var statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE domain_event_entry DROP CONSTRAINT domain_event_entry_one_step_per_sequence, "
                                + "DROP CONSTRAINT domain_event_entry_unique_event");
            }
            consumers = copy(
                    connection,
                    "COPY consumer_personal_data (consumer_id, full_name, email, phone, postal_address, "
                            + "recorded_at, agreed_to_reminders) FROM STDIN WITH (FORMAT csv)",
                    out -> vault(plans, out));
            copy(
                    connection,
                    "COPY domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier, "
                            + "meta_data, payload, payload_revision, payload_type, time_stamp) FROM STDIN WITH (FORMAT csv)",
                    out -> events(plans, out));
            try (var statement = connection.createStatement()) {
                statement.execute(
                        "ALTER TABLE domain_event_entry ADD CONSTRAINT domain_event_entry_one_step_per_sequence "
                                + "UNIQUE (aggregate_identifier, sequence_number), "
                                + "ADD CONSTRAINT domain_event_entry_unique_event UNIQUE (event_identifier)");
            }
            try (var statement = connection.createStatement()) {
                // what the seed was, so that a later run on this database can regenerate the same cases
                statement.execute("COMMENT ON TABLE domain_event_entry IS 'bench seed " + seed + " "
                        + now.toEpochMilli() + " " + cases + " " + events + "'");
            }
            connection.commit();
            try (var statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("VACUUM ANALYZE domain_event_entry");
                statement.execute("VACUUM ANALYZE consumer_personal_data");
            }
        }
        return new Counts(cases, events, consumers, companies.size(), staff.size(), (System.nanoTime() - began) / 1e9);
    }

    /**
     * The case files as the case-files projection writes them — its own {@code CaseFileDocument} and
     * {@code CaseFileTable}, fed each case's events in order in this JVM — and the case-files and audit-trail tokens
     * at the head of the store, so that the application starts with its case list built (the audit trail stays
     * empty). For the scale figures without waiting for a rebuild; {@code ScaleBenchmark} says which was used.
     */
    void projectCaseFiles(String url, String user, String password) throws Exception {
        var plans = plan();
        var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url, user, password);
        var table = new org.recours.query.casefile.CaseFileTable(
                new org.springframework.jdbc.core.JdbcTemplate(dataSource), RecoursJson.objectMapper());
        var documents = new ArrayList<org.recours.query.casefile.CaseFileDocument>();
        for (var plan : plans) {
            var subject = new Subject(plan);
            var document = new org.recours.query.casefile.CaseFileDocument();
            for (int sequence = 0; sequence < plan.times.length; sequence++) {
                var at = Instant.ofEpochMilli(plan.times[sequence]);
                var event = event(plan, subject, sequence, at);
                var actor = event instanceof ReminderDue || event instanceof ResponseDeadlineExpired
                        ? StaffMemberId.SYSTEM.value()
                        : subject.filedBy.login();
                document.apply(event, sequence, actor, at);
            }
            documents.add(document);
            if (documents.size() == 1000) {
                table.saveAll(List.of(), documents);
                documents.clear();
            }
        }
        table.saveAll(List.of(), documents);
        try (var connection = DriverManager.getConnection(url, user, password);
                var token = connection.prepareStatement(
                        "INSERT INTO token_entry (processor_name, segment, token, token_type, "
                                + "timestamp, owner) VALUES (?, ?, ?, 'org.axonframework.eventhandling.GapAwareTrackingToken', ?, NULL)")) {
            connection.createStatement().execute("DELETE FROM token_entry");
            for (var processor : List.of("case-files", "audit-trail")) {
                for (int segment = 0; segment < 4; segment++) {
                    token.setString(1, processor);
                    token.setInt(2, segment);
                    token.setBytes(3, ("{\"index\":" + events + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8));
                    token.setString(4, DateTimeUtils.formatInstant(Instant.now()));
                    token.addBatch();
                }
            }
            token.executeBatch();
            connection.createStatement().execute("VACUUM ANALYZE case_file");
        }
    }

    private interface Rows {
        int write(Writer out) throws Exception;
    }

    private static int copy(Connection connection, String sql, Rows rows) throws Exception {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var pipe = new PipedInputStream(1 << 20);
        var sink = new PipedOutputStream(pipe);
        var writer = CompletableFuture.supplyAsync(() -> {
            try (var out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
                return rows.write(out);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        copy.copyIn(sql, pipe);
        return writer.join();
    }

    private void directory(Connection connection) throws Exception {
        try (var company = connection.prepareStatement("INSERT INTO company (company_id, name, consumer_mediator, "
                        + "response_window_months) VALUES (?, ?, ?, ?) ON CONFLICT (company_id) DO NOTHING");
                var office = connection.prepareStatement(
                        "INSERT INTO company_head_office (company_id, position, entity, "
                                + "street, postal_code, city, country) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
                var branch = connection.prepareStatement(
                        "INSERT INTO branch (code, name) VALUES (?, ?) " + "ON CONFLICT (code) DO NOTHING");
                var member =
                        connection.prepareStatement("INSERT INTO staff_member (login, full_name, email, branch, role) "
                                + "VALUES (?, ?, ?, ?, 'STAFF') ON CONFLICT (login) DO NOTHING")) {
            for (var c : companies) {
                var p = c.profile();
                company.setString(1, p.companyId());
                company.setString(2, p.name());
                company.setString(3, p.consumerMediator());
                company.setInt(4, p.responseWindowMonths());
                company.addBatch();
                for (int i = 0; i < p.headOffices().size(); i++) {
                    var h = p.headOffices().get(i);
                    office.setString(1, p.companyId());
                    office.setInt(2, i + 1);
                    office.setString(3, h.entity());
                    office.setString(4, h.street());
                    office.setString(5, h.postalCode());
                    office.setString(6, h.city());
                    office.setString(7, h.country());
                    office.addBatch();
                }
            }
            company.executeBatch();
            office.executeBatch();
            // staff members belong to a managed branch (foreign key)
            for (var code :
                    staff.stream().map(s -> s.branch().value()).distinct().toList()) {
                branch.setString(1, code);
                branch.setString(2, "Antenne " + code);
                branch.addBatch();
            }
            branch.executeBatch();
            for (var s : staff) {
                member.setString(1, s.login());
                member.setString(2, "Agent " + s.login());
                member.setString(3, s.login() + "@asso.example");
                member.setString(4, s.branch().value());
                member.addBatch();
            }
            member.executeBatch();
        }
    }

    // ---- plans: which steps each case went through, and when -------------------------------------------------------

    private Plan[] plan() {
        var plans = new Plan[cases];
        var random = new SplittableRandom(seed);
        long total = 0;
        var window = Duration.ofDays(730).toMillis();
        for (int i = 0; i < cases; i++) {
            var plan = new Plan(i, random.nextLong());
            structure(plan, now.toEpochMilli() - 3_600_000 - (long) (window * Math.pow(random.nextDouble(), 0.8)));
            plans[i] = plan;
            total += plan.kinds.length;
        }
        // notes make up the rest, more on long-running cases; the total is exact
        var notes = new int[cases];
        long missing = events - total;
        if (missing < 0) {
            throw new IllegalArgumentException(
                    events + " events are too few for " + cases + " cases (" + total + " steps)");
        }
        while (missing > 0) {
            int i = random.nextInt(cases);
            var plan = plans[i];
            // a case's weight: how long it has been open, in days (older cases carry more notes)
            long span = plan.times[plan.times.length - 1] - plan.times[0];
            if (random.nextDouble() * Duration.ofDays(400).toMillis()
                    < span + Duration.ofDays(20).toMillis()) {
                notes[i]++;
                missing--;
            }
        }
        for (int i = 0; i < cases; i++) {
            addNotes(plans[i], notes[i]);
        }
        return plans;
    }

    private void structure(Plan plan, long filedAt) {
        var random = new SplittableRandom(plan.seed);
        var times = new long[24];
        var kinds = new byte[24];
        int n = 0;
        long t = filedAt;
        long end = now.toEpochMilli() - 60_000;
        kinds[n] = FILED;
        times[n++] = t;
        if (random.nextInt(100) < 30) {
            t += minutes(random, 1, 60 * 24 * 3);
            if (t < end) {
                kinds[n] = HELP;
                times[n++] = t;
            }
        }
        int contacts = random.nextInt(100) < 85 ? 1 + random.nextInt(3) : 0;
        for (int c = 0; c < contacts; c++) {
            t += minutes(random, 60, 60 * 24 * 10);
            if (t < end) {
                kinds[n] = SUPPORT;
                times[n++] = t;
            }
        }
        boolean closedEarly = random.nextInt(100) < 15;
        if (!closedEarly && random.nextInt(100) < 80) {
            t += minutes(random, 60, 60 * 24 * 14);
            if (t < end) {
                kinds[n] = LETTER;
                times[n++] = t;
                long sentAt = t;
                if (random.nextInt(100) < 70) {
                    t += minutes(random, 60 * 24 * 2, 60 * 24 * 6);
                    if (t < end) {
                        kinds[n] = DELIVERED;
                        times[n++] = t;
                    }
                }
                int answer = random.nextInt(100);
                long due = sentAt + Duration.ofDays(61).toMillis();
                if (answer < 50) {
                    t = Math.max(t, sentAt) + minutes(random, 60 * 24 * 5, 60 * 24 * 55);
                    if (t < end) {
                        kinds[n] = RESPONSE;
                        times[n++] = t;
                    }
                } else if (answer < 85) {
                    if (due - Duration.ofDays(7).toMillis() > t
                            && due - Duration.ofDays(7).toMillis() < end) {
                        t = due - Duration.ofDays(7).toMillis();
                        kinds[n] = APPROACHING;
                        times[n++] = t;
                    }
                    if (due + 3_600_000 < end) {
                        t = due + 3_600_000;
                        kinds[n] = EXPIRED;
                        times[n++] = t;
                    }
                }
                if (n > 0 && (kinds[n - 1] == RESPONSE || kinds[n - 1] == EXPIRED) && random.nextInt(100) < 40) {
                    t += minutes(random, 60 * 24, 60 * 24 * 30);
                    if (t < end) {
                        kinds[n] = MEDIATION;
                        times[n++] = t;
                        if (random.nextInt(100) < 80) {
                            t += minutes(random, 60 * 24 * 20, 60 * 24 * 90);
                            if (t < end) {
                                kinds[n] = CONCLUDED;
                                times[n++] = t;
                            }
                        }
                        if (kinds[n - 1] == CONCLUDED && random.nextInt(100) < 15) {
                            t += minutes(random, 60 * 24 * 5, 60 * 24 * 60);
                            if (t < end) {
                                kinds[n] = COURT;
                                times[n++] = t;
                            }
                        }
                    }
                }
            }
        }
        if (grievance == null && random.nextInt(100) < (closedEarly ? 100 : 60)) {
            t += minutes(random, 60 * 24, 60 * 24 * 45);
            if (t < end) {
                kinds[n] = CLOSED;
                times[n++] = t;
                if (random.nextInt(100) < 3) {
                    t += minutes(random, 60 * 24, 60 * 24 * 30);
                    if (t < end) {
                        kinds[n] = REOPENED;
                        times[n++] = t;
                    }
                } else if (random.nextInt(1000) < 5) {
                    t += minutes(random, 60 * 24, 60 * 24 * 30);
                    if (t < end) {
                        kinds[n] = ERASED;
                        times[n++] = t;
                    }
                }
            }
        }
        plan.times = Arrays.copyOf(times, n);
        plan.kinds = Arrays.copyOf(kinds, n);
    }

    private void addNotes(Plan plan, int notes) {
        if (notes == 0) {
            return;
        }
        var random = new SplittableRandom(plan.seed ^ 0x5DEECE66DL);
        int n = plan.kinds.length;
        // notes fall between filing and the closure (or now, or a little after the last step of an open case)
        long from = plan.times[0];
        int last = n - 1;
        while (last > 0 && (plan.kinds[last] == CLOSED || plan.kinds[last] == REOPENED || plan.kinds[last] == ERASED)) {
            last--;
        }
        long to = last < n - 1
                ? plan.times[last + 1]
                : Math.min(
                        now.toEpochMilli() - 60_000,
                        plan.times[n - 1] + Duration.ofDays(60).toMillis());
        var times = Arrays.copyOf(plan.times, n + notes);
        var kinds = Arrays.copyOf(plan.kinds, n + notes);
        for (int k = 0; k < notes; k++) {
            times[n + k] = from + 1 + (long) (random.nextDouble() * Math.max(1, to - from - 2));
            kinds[n + k] = NOTE;
        }
        // order by time, keeping the filing first and distinct instants (one millisecond apart at least)
        var order = new Integer[n + notes];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, 1, order.length, (a, b) -> Long.compare(times[a], times[b]));
        plan.times = new long[order.length];
        plan.kinds = new byte[order.length];
        for (int k = 0; k < order.length; k++) {
            plan.times[k] = k == 0 ? times[order[k]] : Math.max(times[order[k]], plan.times[k - 1] + 1);
            plan.kinds[k] = kinds[order[k]];
        }
    }

    private static long minutes(SplittableRandom random, int min, int max) {
        return (min + (long) random.nextInt(max - min + 1)) * 60_000 + random.nextInt(60_000);
    }

    // ---- rows ------------------------------------------------------------------------------------------------------

    /** What a case is about; derived again from its seed wherever needed. */
    private final class Subject {
        final CaseId caseId;
        final ConsumerId consumer;
        final String fullName;
        final Company company;
        final Category category;
        final Staff filedBy;
        final int staffIndex;
        final SplittableRandom random;

        Subject(Plan plan) {
            random = new SplittableRandom(plan.seed ^ 0x9E3779B97F4A7C15L);
            caseId = caseId(plan.index);
            consumer = new ConsumerId(new UUID(random.nextLong(), random.nextLong()));
            fullName = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            var anyCompany = companies.get(skewed(random, companies.size()));
            var anyCategory = Category.values()[skewed(random, Category.values().length)];
            company = grievance == null ? anyCompany : companies.get(0);
            category = grievance == null ? anyCategory : grievance;
            staffIndex = skewed(random, BRANCH_NAMES.length) * 5 + random.nextInt(5);
            filedBy = staff.get(staffIndex);
        }
    }

    /** Zipf-like: the first values far more often than the last. */
    private static int skewed(SplittableRandom random, int size) {
        return (int) Math.min(size - 1, Math.floor(size * Math.pow(random.nextDouble(), 2.2)));
    }

    private static CaseId caseId(int index) {
        var alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        // a bijection of the index onto 32^8, so that references look random but never collide
        long x = (index * 0x9E3779B1L + 0x1234567L) & 0xFF_FFFF_FFFFL;
        var id = new StringBuilder("RC-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                id.append('-');
            }
            id.append(alphabet.charAt((int) ((x >>> (5 * (7 - i))) & 31)));
        }
        return new CaseId(id.toString());
    }

    private int vault(Plan[] plans, Writer out) throws IOException {
        int rows = 0;
        for (var plan : plans) {
            if (plan.kinds[plan.kinds.length - 1] == ERASED) {
                continue;
            }
            var subject = new Subject(plan);
            var email = subject.fullName.toLowerCase().replace(' ', '.').replaceAll("[^a-z.]", "") + plan.index
                    + "@example.org";
            out.write(subject.consumer.value() + "," + subject.fullName + "," + email + ",,,"
                    + Instant.ofEpochMilli(plan.times[0]) + "," + (plan.index % 3 == 0) + "\n");
            rows++;
        }
        return rows;
    }

    private int events(Plan[] plans, Writer out) throws IOException {
        var queue = new PriorityQueue<Plan>((a, b) -> Long.compare(a.times[a.next], b.times[b.next]));
        queue.addAll(Arrays.asList(plans));
        var subjects = new Subject[plans.length];
        var metaData = new String[staff.size() + 1];
        var hex = HexFormat.of();
        var eventIds = new SplittableRandom(seed ^ 42);
        int written = 0;
        while (!queue.isEmpty()) {
            var plan = queue.poll();
            int sequence = plan.next;
            if (subjects[plan.index] == null) {
                subjects[plan.index] = new Subject(plan);
            }
            var subject = subjects[plan.index];
            var at = Instant.ofEpochMilli(plan.times[sequence]);
            var event = event(plan, subject, sequence, at);
            int actor = event instanceof ReminderDue || event instanceof ResponseDeadlineExpired
                    ? staff.size()
                    : subject.staffIndex;
            if (metaData[actor] == null) {
                var meta = actor == staff.size()
                        ? MetaData.with(ActorMetaData.STAFF_MEMBER, StaffMemberId.SYSTEM.value())
                        : MetaData.with(ActorMetaData.STAFF_MEMBER, subject.filedBy.login())
                                .and(ActorMetaData.STAFF_ROLE, "STAFF")
                                .and(
                                        ActorMetaData.STAFF_BRANCH,
                                        subject.filedBy.branch().value());
                metaData[actor] = "\\x"
                        + hex.formatHex(serializer.serialize(meta, byte[].class).getData());
            }
            var payload = serializer.serialize(event, byte[].class);
            out.write(subject.caseId.value());
            out.write(',');
            out.write(Integer.toString(sequence));
            out.write(",ComplaintCase,");
            out.write(new UUID(eventIds.nextLong(), eventIds.nextLong()).toString());
            out.write(',');
            out.write(metaData[actor]);
            out.write(",\\x");
            out.write(hex.formatHex(payload.getData()));
            out.write(",,");
            out.write(payload.getType().getName());
            out.write(',');
            out.write(DateTimeUtils.formatInstant(at));
            out.write('\n');
            written++;
            if (++plan.next < plan.times.length) {
                queue.add(plan);
            } else {
                subjects[plan.index] = null;
            }
        }
        if (written != events) {
            throw new IllegalStateException("wrote " + written + " events instead of " + events);
        }
        return written;
    }

    private CaseEvent event(Plan plan, Subject s, int sequence, Instant at) {
        var random = s.random;
        var today = LocalDate.ofInstant(at, PARIS);
        var id = s.caseId;
        var company = s.company.profile();
        return switch (plan.kinds[sequence]) {
            case FILED ->
                new ComplaintFiled(
                        id,
                        s.consumer,
                        company,
                        s.category,
                        facts(random, company.name()),
                        new Money(BigDecimal.valueOf(500 + random.nextInt(150_000), 2)),
                        "Remboursement de " + words(random, 3),
                        s.filedBy.branch(),
                        new StaffMemberId(s.filedBy.login()),
                        today);
            case HELP ->
                new HelpCentreConsulted(
                        id, today.minusDays(random.nextInt(5)), "La FAQ ne répond pas : " + words(random, 6));
            case SUPPORT ->
                new SupportContacted(
                        id,
                        ContactChannel.values()[random.nextInt(5)],
                        today.minusDays(random.nextInt(3)),
                        random.nextInt(3) == 0 ? null : "T-" + (100000 + random.nextInt(900000)),
                        "Demande concernant " + words(random, 5) + ".",
                        "Refus : " + words(random, 4) + ".");
            case LETTER -> {
                var method = SendingMethod.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(4)];
                var tracked =
                        method == SendingMethod.REGISTERED_WITH_ACKNOWLEDGEMENT || method == SendingMethod.REGISTERED;
                yield new LetterSent(
                        id,
                        1,
                        company.headOffices().get(0),
                        today,
                        method,
                        tracked
                                ? new TrackingNumber(
                                        "1A" + (10_000_000_000L + (long) (random.nextDouble() * 89_999_999_999L)))
                                : null,
                        LegalDeadlines.responseDeadline(today, company.responseWindowMonths()),
                        LegalDeadlines.mediationAdmissibleUntil(today));
            }
            case DELIVERED ->
                new LetterDelivered(
                        id,
                        1,
                        today.minusDays(random.nextInt(2)),
                        LegalDeadlines.responseDeadline(today, company.responseWindowMonths()));
            case RESPONSE ->
                new ResponseReceived(
                        id,
                        today,
                        ContactChannel.values()[random.nextInt(5)],
                        "L'entreprise répond : " + words(random, 6) + ".",
                        ResponseAssessment.values()[random.nextInt(3)],
                        random.nextInt(3) == 0 ? "Avoir de 10 €" : null);
            case APPROACHING ->
                new ReminderDue(id, ReminderKind.RESPONSE_DEADLINE_APPROACHING, today.plusDays(7), today, today);
            case EXPIRED ->
                new ResponseDeadlineExpired(
                        id, today.minusDays(1), today, LegalDeadlines.mediationAdmissibleUntil(today.minusMonths(2)));
            case MEDIATION ->
                new MediationRequested(
                        id,
                        company.consumerMediator() == null ? "Médiateur du e-commerce" : company.consumerMediator(),
                        today,
                        random.nextInt(2) == 0 ? null : "MED-" + random.nextInt(1_000_000),
                        LegalDeadlines.mediatorConclusionDue(today),
                        null);
            case CONCLUDED ->
                new MediationConcluded(
                        id,
                        MediationOutcome.values()[random.nextInt(5)],
                        today,
                        "Avis du médiateur : " + words(random, 8) + ".");
            case COURT ->
                new CourtActionRecorded(
                        id,
                        "Tribunal judiciaire de Paris",
                        today,
                        random.nextInt(2) == 0 ? null : "RG 26/" + random.nextInt(100000),
                        "Assignation : " + words(random, 6));
            case CLOSED -> {
                var resolution = Resolution.values()[random.nextInt(3)];
                yield new CaseClosed(
                        id,
                        resolution,
                        resolution == Resolution.ABANDONED
                                ? Money.ZERO
                                : new Money(BigDecimal.valueOf(random.nextInt(100_000), 2)),
                        today,
                        "Clôture : " + words(random, 5));
            }
            case REOPENED -> new CaseReopened(id, today, "Nouvel incident : " + words(random, 5));
            case ERASED -> new PersonalDataErased(id, s.consumer, today, "Demande du consommateur par courriel");
            case NOTE -> new NoteAdded(id, "Note : " + words(random, 4 + random.nextInt(12)) + ".");
            default -> throw new IllegalStateException("kind " + plan.kinds[sequence]);
        };
    }

    private static String facts(SplittableRandom random, String company) {
        return "Depuis " + (1 + random.nextInt(24)) + " mois, problème avec " + company + " : "
                + words(random, 15 + random.nextInt(30)) + ".";
    }

    private static String words(SplittableRandom random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(FACT_WORDS[random.nextInt(FACT_WORDS.length)]);
        }
        return text.toString();
    }

    private static String slug(String name) {
        return java.text.Normalizer.normalize(name.toLowerCase(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
