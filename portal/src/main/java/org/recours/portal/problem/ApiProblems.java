package org.recours.portal.problem;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.recours.kernel.casefile.FrenchGrammar;
import org.recours.kernel.casefile.InvalidCaseData;
import org.recours.kernel.casefile.StepRefused;
import org.recours.portal.antivirus.InfectedDocument;
import org.recours.portal.antivirus.ScannerUnavailable;
import org.recours.portal.branch.BranchConflict;
import org.recours.portal.branch.BranchNotFound;
import org.recours.portal.branch.BranchUnavailable;
import org.recours.portal.casefile.CaseNotFound;
import org.recours.portal.evidence.BundleExportsBusy;
import org.recours.portal.evidence.DocumentNotFound;
import org.recours.portal.evidence.DocumentTooLarge;
import org.recours.portal.evidence.EvidenceSettings;
import org.recours.portal.parked.ParkedEvents;
import org.recours.query.evidence.UnacceptableDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal of the API as an RFC 9457 problem: 400 for input that can never be valid, 404 for an unknown case,
 * 409 for a step the case does not allow now or a stale version, with the rule's explanation; 422 for a request
 * that names a branch an account cannot join or a document the antivirus refused; 503 when the database or the
 * antivirus does not answer.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    /** What a 503 advises a client to wait before trying again (RFC 9110 Retry-After, in seconds). */
    static final String RETRY_AFTER_SECONDS = "5";

    private final DataSize maxSize;

    ApiProblems(EvidenceSettings evidence) {
        this.maxSize = evidence.maxSize();
    }

    @ExceptionHandler(InvalidCaseData.class)
    ProblemDetail invalidInput(InvalidCaseData e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Donnée invalide", e.getMessage());
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler(StepRefused.class)
    ProblemDetail stepRefused(StepRefused e) {
        var problem = problem(HttpStatus.CONFLICT, "step-not-allowed", "Étape impossible à ce stade", e.getMessage());
        problem.setProperty("rule", e.rule().name());
        problem.setProperty("legalBasis", e.rule().explanation());
        e.possibleFrom().ifPresent(date -> problem.setProperty("possibleFrom", date.toString()));
        return problem;
    }

    @ExceptionHandler(BundleExportsBusy.class)
    ResponseEntity<ProblemDetail> bundleExportsBusy(BundleExportsBusy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "bundle-exports-busy",
                        "Trop de paquets de preuve en préparation",
                        e.getMessage()));
    }

    @ExceptionHandler(CaseNotFound.class)
    ProblemDetail caseNotFound(CaseNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "case-not-found", "Dossier introuvable", e.getMessage());
    }

    @ExceptionHandler(org.recours.portal.letter.LetterTemplateNotFound.class)
    ProblemDetail letterTemplateNotFound(org.recours.portal.letter.LetterTemplateNotFound e) {
        return problem(
                HttpStatus.NOT_FOUND, "letter-template-not-found", "Modèle de courrier introuvable", e.getMessage());
    }

    @ExceptionHandler(org.recours.query.letter.InvalidTemplate.class)
    ProblemDetail invalidTemplate(org.recours.query.letter.InvalidTemplate e) {
        var problem = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-letter-template",
                "Modèle de courrier invalide",
                e.getMessage() + " Rien n'a été enregistré.");
        problem.setProperty("field", "body");
        return problem;
    }

    @ExceptionHandler(ParkedEvents.NothingParked.class)
    ProblemDetail nothingParked(ParkedEvents.NothingParked e) {
        return problem(HttpStatus.NOT_FOUND, "nothing-parked", "Aucun événement en attente", e.getMessage());
    }

    @ExceptionHandler(BranchNotFound.class)
    ProblemDetail branchNotFound(BranchNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "branch-not-found", "Antenne introuvable", e.getMessage());
    }

    @ExceptionHandler(BranchConflict.class)
    ProblemDetail branchConflict(BranchConflict e) {
        return problem(HttpStatus.CONFLICT, "branch-conflict", "Impossible pour cette antenne", e.getMessage());
    }

    @ExceptionHandler(BranchUnavailable.class)
    ProblemDetail branchUnavailable(BranchUnavailable e) {
        var problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "branch-unavailable", "Antenne indisponible", e.getMessage());
        problem.setProperty("field", "branch");
        return problem;
    }

    @ExceptionHandler(DocumentNotFound.class)
    ProblemDetail documentNotFound(DocumentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "document-not-found", "Pièce introuvable", e.getMessage());
    }

    @ExceptionHandler(DocumentTooLarge.class)
    ProblemDetail documentTooLarge(DocumentTooLarge e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "document-too-large", "Document trop volumineux", e.getMessage());
    }

    @ExceptionHandler(UnacceptableDocument.class)
    ProblemDetail unacceptableDocument(UnacceptableDocument e) {
        return problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "unacceptable-document",
                "Type de document refusé",
                e.getMessage() + " Rien n'a été enregistré.");
    }

    @ExceptionHandler(InfectedDocument.class)
    ProblemDetail infectedDocument(InfectedDocument e) {
        var problem =
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "infected-document", "Document infecté", e.getMessage());
        problem.setProperty("field", "file");
        problem.setProperty("signature", e.signature());
        return problem;
    }

    @ExceptionHandler(ScannerUnavailable.class)
    ResponseEntity<ProblemDetail> scannerUnavailable(ScannerUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "scanner-unavailable",
                        "Antivirus indisponible",
                        e.getMessage()));
    }

    /** A multipart body that cannot be parsed (no boundary, truncated); one too large is a 413 (below). */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ProblemDetail unreadableUpload(org.springframework.web.multipart.MultipartException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "malformed-request",
                "Requête illisible",
                "Envoi de fichier illisible : un formulaire multipart/form-data avec la partie « file » est attendu ; "
                        + "rien n'a été enregistré.");
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ProblemDetail staleVersion(ConflictingAggregateVersionException e) {
        var problem = problem(
                HttpStatus.CONFLICT,
                "version-conflict",
                "Le dossier a changé entre-temps",
                "Le dossier en est à la version " + e.getActualVersion() + " et non plus à la version "
                        + e.getExpectedVersion() + " que vous avez consultée : relisez-le, puis recommencez.");
        problem.setProperty("currentVersion", e.getActualVersion());
        return problem;
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(
                HttpStatus.CONFLICT,
                "version-conflict",
                "Le dossier a changé entre-temps",
                "Une autre modification du dossier a été enregistrée au même moment : relisez-le, puis recommencez.");
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé", "Votre rôle ne permet pas cette action.");
    }

    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        LOG.warn("database unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "unavailable",
                        "Service momentanément indisponible",
                        "La base de données ne répond pas ; rien n'a été enregistré. Réessayez dans un instant."));
    }

    /**
     * SQLState class 08 is a connection failure; a pool's "Connection is closed" (the connection died under the
     * request) carries no SQLState at all, whereas every error PostgreSQL itself reports has one.
     */
    private static boolean lostConnection(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql
                            && (sql.getSQLState() == null || sql.getSQLState().startsWith("08"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * PostgreSQL's class 22, "data exception" (a null byte in text, a number out of range, an impossible date), on
     * a value the client sent and no check before the database caught: the client's input, not an outage.
     */
    private static String dataException(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("22")) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    /** Axon's storage wraps its own failures (JdbcException, EventStoreException): a lost connection is an outage. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (lostConnection(e)) {
            return databaseUnavailable(e);
        }
        var dataException = dataException(e);
        if (dataException != null) {
            // the SQLState only: PostgreSQL's message may quote the value, which may be personal data
            LOG.warn("input refused by the database (SQLState {})", dataException);
            return ResponseEntity.badRequest()
                    .body(problem(
                            HttpStatus.BAD_REQUEST,
                            "invalid-input",
                            "Donnée invalide",
                            "Une valeur de la requête n'est pas acceptable (caractère ou nombre invalide) ; "
                                    + "rien n'a été enregistré."));
        }
        LOG.error("unexpected failure", e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "internal-error",
                        "Erreur interne",
                        "Une erreur inattendue s'est produite ; elle a été journalisée."));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "document-too-large",
                "Document trop volumineux",
                "Le document dépasse la taille maximale acceptée (" + maxSize.toMegabytes()
                        + " Mo) ; rien n'a été enregistré.");
        return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
    }

    /** A path or query value of the wrong type ("/letters/abc/delivery"), named in words, in French (issue 16). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException e,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        var field = e.getPropertyName() == null ? "valeur" : e.getPropertyName();
        var expected = e.getRequiredType() == null
                ? ""
                : numeric(e.getRequiredType())
                        ? " : un nombre entier est attendu"
                        : e.getRequiredType().isEnum()
                                ? " : valeurs possibles : "
                                        + Arrays.stream(e.getRequiredType().getEnumConstants())
                                                .map(Object::toString)
                                                .collect(Collectors.joining(", "))
                                : "";
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-input",
                "Donnée invalide",
                "La valeur « "
                        + shortened(e.getValue()) + " » ne convient pas pour le champ « "
                        + org.recours.kernel.casefile.FieldNames.french(field) + " »" + expected + ".");
        problem.setProperty("field", field);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static boolean numeric(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof ApiInputGuard.BodyTooLarge tooLarge) {
            var problem = problem(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "request-too-large",
                    "Requête trop volumineuse",
                    "Le corps de la requête dépasse " + tooLarge.limit / 1024 + " Ko ; rien n'a été enregistré.");
            return handleExceptionInternal(e, problem, headers, HttpStatus.CONTENT_TOO_LARGE, request);
        }
        var problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Requête illisible", unreadable(e));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String unreadable(HttpMessageNotReadableException e) {
        var cause = e.getMostSpecificCause();
        if (cause instanceof java.time.DateTimeException) {
            return impossibleDate(e);
        }
        if (cause instanceof InvalidFormatException invalid) {
            var field = inWords((JacksonException) invalid);
            var type = invalid.getTargetType();
            if (type == String.class) {
                return FrenchGrammar.capitalised(field)
                        + " contient un caractère de contrôle ou un caractère qui n'est pas de "
                        + "l'Unicode valide (seuls la tabulation et les retours à la ligne sont admis).";
            }
            if (type == java.math.BigDecimal.class) {
                return "Nombre hors limites pour " + field + " (30 chiffres au plus).";
            }
            if (type != null && type.isEnum()) {
                return "Valeur « " + shortened(invalid.getValue()) + " » inconnue pour " + field
                        + " ; valeurs possibles : "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")) + ".";
            }
            return "Valeur « " + shortened(invalid.getValue()) + " » invalide pour " + field
                    + (type != null && type.getSimpleName().startsWith("Local")
                            ? " : format attendu AAAA-MM-JJ."
                            : ".");
        }
        if (cause instanceof MismatchedInputException mismatched) {
            return "Type inattendu pour " + inWords(mismatched) + ".";
        }
        if (cause instanceof JacksonException json) {
            return "Corps JSON illisible : " + json.getOriginalMessage();
        }
        return "Corps de requête absent ou illisible : un objet JSON est attendu.";
    }

    /**
     * A date of the calendar's format that does not exist ("2026-02-30"): the field named in words, and why (issue
     * 16: it was "Corps de requête absent ou illisible").
     */
    private static String impossibleDate(Throwable e) {
        String field = null;
        String value = null;
        for (var cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
                field = json.getPath().get(json.getPath().size() - 1).getPropertyName();
            }
            if (cause instanceof InvalidFormatException invalid && invalid.getValue() != null) {
                value = String.valueOf(invalid.getValue());
            }
        }
        var named = field == null ? "date" : org.recours.kernel.casefile.FieldNames.french(field);
        var subject = named.startsWith("date") ? "La " + named : "La date « " + named + " »";
        return subject + (value == null ? "" : " « " + shortened(value) + " »") + " n'existe pas dans le "
                + "calendrier" + why(value) + " ; format attendu AAAA-MM-JJ, par exemple 2026-02-28.";
    }

    /** Why a date of the right shape does not exist: " : février 2026 n'a que 28 jours", " : un an a 12 mois". */
    private static String why(String value) {
        var parts = value == null
                ? null
                : java.util.regex.Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(value);
        if (parts == null || !parts.matches()) {
            return "";
        }
        int month = Integer.parseInt(parts.group(2));
        if (month < 1 || month > 12) {
            return " : un an a 12 mois";
        }
        var yearMonth = java.time.YearMonth.of(Integer.parseInt(parts.group(1)), month);
        return " : "
                + yearMonth.format(java.time.format.DateTimeFormatter.ofPattern("MMMM uuuu", java.util.Locale.FRENCH))
                + " n'a que " + yearMonth.lengthOfMonth() + " jours";
    }

    /** The field a JSON error is about, in words ("le champ « canal »"), as the API's French refusals name it. */
    private static String inWords(JacksonException e) {
        var path = e.getPath();
        var property = path.isEmpty() ? null : path.get(path.size() - 1).getPropertyName();
        return property == null
                ? e.getPathReference()
                : "le champ « " + org.recours.kernel.casefile.FieldNames.french(property) + " »";
    }

    /** A value quoted back to the client, never in full: it may be megabytes long. */
    private static String shortened(Object value) {
        var text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        return problem;
    }
}
