package org.recours.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs the annotated Spring test on a fresh PostgreSQL database of its own, for tests that reset event processors
 * or otherwise need their application alone on the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = OwnPostgresTestDatabase.class)
public @interface UsesOwnPostgres {}
